package org.tanji.portal.interfaces.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Nothing at that address, or not visible to the caller → 404 problem+json. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
        return new ProblemDetails("/problems/not-found", "Not found", 404, e.getMessage(), List.of()).toResponse();
    }
}
