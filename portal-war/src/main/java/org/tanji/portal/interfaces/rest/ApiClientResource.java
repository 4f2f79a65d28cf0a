package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tanji.portal.application.pact.ApiClients;
import org.tanji.portal.domain.model.exchange.ApiClient;

/**
 * An exporter's customers as PACT API clients: registered with their own credentials (the secret is answered once),
 * each seeing only the products the exporter grants it.
 */
@Path("pact-clients")
@RequestScoped
@RolesAllowed("EXPORTER")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiClientResource {
    @Inject
    ApiClients clients;

    @Inject
    CurrentCaller caller;

    record ClientRequest(@NotBlank @Size(max = 300) String name) {}

    record GrantRequest(@NotNull Set<Long> productIds) {}

    record StatusRequest(@NotNull Boolean enabled) {}

    /** Where the customer takes events: its PACT API's root and the credentials it gave the exporter; url null: none. */
    record EventsRequest(
            @Size(max = 500) String url,
            @Size(max = 200) String clientId,
            @Size(max = 500) String clientSecret) {}

    record SentDto(
            String eventId,
            String type,
            Instant createdAt,
            int attempts,
            Instant deliveredAt,
            Instant nextAttemptAt,
            Instant abandonedAt,
            String lastError) {
        static SentDto of(org.tanji.portal.domain.model.exchange.OutgoingEvent e) {
            return new SentDto(
                    e.eventId(),
                    e.type(),
                    e.createdAt(),
                    e.attempts(),
                    e.deliveredAt(),
                    e.nextAttemptAt(),
                    e.abandonedAt(),
                    e.lastError());
        }
    }

    record ClientDto(
            long id,
            String name,
            String clientId,
            boolean enabled,
            Instant createdAt,
            Set<Long> productIds,
            String eventsUrl) {
        static ClientDto of(ApiClient c) {
            return new ClientDto(
                    c.id(),
                    c.name(),
                    c.clientId(),
                    c.enabled(),
                    c.createdAt(),
                    new TreeSet<>(c.products()),
                    c.eventsUrl());
        }
    }

    /** A client just registered: its credentials, the secret shown this once. */
    record RegisteredDto(ClientDto client, String clientId, String clientSecret, String apiUrl, String tokenEndpoint) {}

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @GET
    public List<ClientDto> list() {
        return clients.list(caller.get()).stream().map(ClientDto::of).toList();
    }

    @POST
    public Response register(@NotNull @Valid ClientRequest body) {
        ApiClients.Registered r = clients.register(caller.get(), body.name());
        return Response.status(201)
                .entity(new RegisteredDto(
                        ClientDto.of(r.client()),
                        r.client().clientId(),
                        r.clientSecret(),
                        PortalAddress.pact(uri),
                        PortalAddress.pact(uri) + "/auth/token"))
                .build();
    }

    @PUT
    @Path("{id}/products")
    public ClientDto grant(@PathParam("id") long id, @NotNull @Valid GrantRequest body) {
        return ClientDto.of(clients.grant(caller.get(), id, body.productIds()));
    }

    @PUT
    @Path("{id}/events")
    public ClientDto events(@PathParam("id") long id, @NotNull @Valid EventsRequest body) {
        return ClientDto.of(
                clients.receiveEventsAt(caller.get(), id, body.url(), body.clientId(), body.clientSecret()));
    }

    /** The events sent (or being sent) to the client, with each one's delivery. */
    @GET
    @Path("{id}/events")
    public List<SentDto> sent(@PathParam("id") long id) {
        return clients.sentTo(caller.get(), id).stream().map(SentDto::of).toList();
    }

    /**
     * Asks the supplier registered as this client for footprints (a RequestCreatedEvent sent to its PACT API):
     * {@code productId}, {@code companyId}, {@code geography}, {@code classification} (lists), {@code validOn},
     * {@code validAfter}, {@code validBefore}, {@code status}, {@code comment}. 202 with the request's event id; the
     * answer arrives in {@code GET /api/pact-events}.
     */
    @POST
    @Path("{id}/requests")
    public Response request(
            @PathParam("id") long id, @NotNull com.fasterxml.jackson.databind.node.ObjectNode criteria) {
        return Response.accepted(java.util.Map.of("eventId", clients.request(caller.get(), id, criteria)))
                .build();
    }

    @PUT
    @Path("{id}/status")
    public ClientDto status(@PathParam("id") long id, @NotNull @Valid StatusRequest body) {
        return ClientDto.of(clients.enable(caller.get(), id, body.enabled()));
    }
}
