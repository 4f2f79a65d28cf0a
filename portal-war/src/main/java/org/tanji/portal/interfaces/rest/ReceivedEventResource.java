package org.tanji.portal.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.tanji.portal.application.StoredJson;
import org.tanji.portal.application.pact.ApiClients;
import org.tanji.portal.domain.model.exchange.ReceivedEvent;

/**
 * The PACT events the exporter's API clients sent it, newest first: requests (answered by the portal), suppliers'
 * answers to requests and their notices of new footprints — each as received.
 */
@Path("pact-events")
@RequestScoped
@RolesAllowed("EXPORTER")
@Produces(MediaType.APPLICATION_JSON)
public class ReceivedEventResource {
    @Inject
    ApiClients clients;

    @Inject
    CurrentCaller caller;

    record ReceivedDto(long clientId, String eventId, String type, String source, Instant receivedAt, JsonNode event) {
        static ReceivedDto of(ReceivedEvent e) {
            return new ReceivedDto(
                    e.clientId(), e.eventId(), e.type(), e.source(), e.receivedAt(), StoredJson.tree(e.body()));
        }
    }

    @Inject
    org.tanji.portal.application.pact.SupplierFootprints supplierFootprints;

    /**
     * Imports footprint {@code pf} (0 by default) of a fulfilled request's answer as an own factor, as
     * {@code POST /api/own-factors/pact} does.
     */
    @jakarta.ws.rs.POST
    @Path("{clientId}/{eventId}/import")
    public jakarta.ws.rs.core.Response importFootprint(
            @jakarta.ws.rs.PathParam("clientId") long clientId,
            @jakarta.ws.rs.PathParam("eventId") String eventId,
            @jakarta.ws.rs.QueryParam("pf") @jakarta.ws.rs.DefaultValue("0") int pf) {
        JsonNode event = StoredJson.tree(
                clients.received(caller.get(), clientId, eventId).body());
        JsonNode footprint = event.path("data").path("pfs").path(pf);
        if (footprint.isMissingNode()) {
            throw new InvalidParameterException(
                    "pf",
                    "the event holds " + event.path("data").path("pfs").size() + " footprints, none numbered " + pf);
        }
        return jakarta.ws.rs.core.Response.status(201)
                .entity(supplierFootprints.importFootprint(caller.get(), footprint))
                .build();
    }

    @GET
    public List<ReceivedDto> list() {
        return clients.received(caller.get()).stream().map(ReceivedDto::of).toList();
    }
}
