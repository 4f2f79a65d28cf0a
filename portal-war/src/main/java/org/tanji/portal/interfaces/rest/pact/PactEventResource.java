package org.tanji.portal.interfaces.rest.pact;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tanji.portal.application.pact.ClientAccess;

/**
 * PACT Action Events. Until the asynchronous request, fulfilment and publication events are built, an
 * authenticated call is answered as the specification asks of a host system without them: {@code NotImplemented}.
 * An unauthenticated one is refused like any other action.
 */
@Path("pact/3/events")
@RequestScoped
public class PactEventResource {
    @Inject
    ClientAccess access;

    @POST
    @Consumes({"application/cloudevents+json", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    public void event(@HeaderParam("Authorization") String authorization, JsonNode event) {
        PactFootprintResource.client(access, authorization);
        throw PactError.notImplemented(
                "this host system does not take events yet; use ListFootprints and GetFootprint");
    }
}
