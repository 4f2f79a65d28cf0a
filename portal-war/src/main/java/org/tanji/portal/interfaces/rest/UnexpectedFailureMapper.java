package org.tanji.portal.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper knows: a JAX-RS status keeps its status; a failure of ours is 500 with an incident id
 * that is also in the server log, and no internals in the body.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException) {
            Response r = ((WebApplicationException) e).getResponse();
            return new ProblemDetails(
                            "/problems/http-" + r.getStatus(),
                            r.getStatusInfo().getReasonPhrase(),
                            r.getStatus(),
                            e.getMessage(),
                            List.of())
                    .toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return new ProblemDetails(
                        "/problems/internal",
                        "Internal error",
                        500,
                        "something failed on our side; quote incident " + incident,
                        List.of())
                .toResponse();
    }
}
