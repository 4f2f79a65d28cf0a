package org.tanji.portal.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: what went wrong, and for invalid input which fields, so a client can point at them.
 *
 * @param errors one entry per bad field: its path (a query parameter, or a JSON path) and what to fix
 */
public record ProblemDetails(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A bad field and what to fix. */
    public record FieldError(String field, String message) {}

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
