package org.tanji.portal.interfaces.rest.pact;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tanji.portal.application.InvalidInputException;
import org.tanji.portal.application.pact.ClientAccess;
import org.tanji.portal.application.pact.PactEvents;

/**
 * PACT Action Events: a CloudEvent in structured mode from an authenticated client — a request for footprints
 * (answered later by an event to the client's own API), or a published, fulfilled or rejected event kept for the
 * exporter. 200 with an empty body when accepted; {@code BadRequest} naming what is wrong otherwise.
 */
@Path("pact/3/events")
@RequestScoped
public class PactEventResource {
    @Inject
    ClientAccess access;

    @Inject
    PactEvents events;

    @POST
    @Consumes({"application/cloudevents+json", MediaType.APPLICATION_JSON})
    public Response event(@HeaderParam("Authorization") String authorization, JsonNode event) {
        var client = PactFootprintResource.client(access, authorization);
        if (event == null || !event.isObject()) {
            throw PactError.badRequest("send one CloudEvent as a JSON object (structured content mode)");
        }
        try {
            events.receive(client, event);
        } catch (InvalidInputException e) {
            throw PactError.badRequest(e.field() + ": " + e.getMessage());
        }
        return Response.ok().build();
    }
}
