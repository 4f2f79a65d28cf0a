package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.tanji.portal.application.Notifications;

/** The caller's inbox: the cases that await its role in its organisation, newest first, with read marks. */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
public class InboxResource {
    @Inject
    Notifications notifications;

    @Inject
    CurrentCaller caller;

    record EntryDto(long id, long applicationId, String message, Instant createdAt, boolean read) {}

    @GET
    public List<EntryDto> inbox(
            @QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, 200);
        return notifications.of(caller.get(), unread, page, size).stream()
                .map(e -> new EntryDto(
                        e.notification().id(),
                        e.notification().applicationId(),
                        e.notification().message(),
                        e.notification().createdAt(),
                        e.read()))
                .toList();
    }

    @POST
    @Path("{id}/read")
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(caller.get(), id);
        return Response.noContent().build();
    }
}
