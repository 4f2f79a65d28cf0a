package org.tanji.portal.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A bad request parameter → 400 problem+json naming the parameter. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {
    @Override
    public Response toResponse(InvalidParameterException e) {
        return new ProblemDetails(
                        "/problems/invalid-parameter",
                        "Invalid request parameter",
                        400,
                        e.getMessage(),
                        List.of(new ProblemDetails.FieldError(e.parameter(), e.getMessage())))
                .toResponse();
    }
}
