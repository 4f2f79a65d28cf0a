package org.tanji.portal.interfaces.rest.pact;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * A refusal of the PACT API as the specification words it: the HTTP status of its error code and a body
 * {@code {"code", "message"}}: {@code BadRequest} 400, {@code NotFound} 404 and {@code TokenExpired} 401. A footprint a
 * client may not see is {@code NotFound}, not {@code AccessDenied}: the answer gives no hint that it exists.
 */
public class PactError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    PactError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static PactError badRequest(String message) {
        return new PactError(400, "BadRequest", message);
    }

    static PactError notFound() {
        return new PactError(404, "NotFound", "The specified footprint does not exist.");
    }

    static PactError tokenExpired() {
        return new PactError(401, "TokenExpired", "The specified access token has expired.");
    }

    Response response() {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("code", code, "message", getMessage()))
                .build();
    }

    /** Answers a PactError as the specification's error response. */
    @Provider
    public static class Mapper implements ExceptionMapper<PactError> {
        @Override
        public Response toResponse(PactError e) {
            return e.response();
        }
    }
}
