package org.tanji.portal.interfaces.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Nothing at that address, or not visible to the caller → 404 problem+json. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {
    /**
     * How RESTEasy says a query parameter could not be converted (JAX-RS answers that 404, as if the address were
     * wrong; the caller's mistake is the value, so it is a 400 naming the parameter).
     */
    private static final java.util.regex.Pattern UNCONVERTIBLE_QUERY_PARAMETER = java.util.regex.Pattern.compile(
            "QueryParam\\(\"([^\"]+)\"\\) value is '(.*)'", java.util.regex.Pattern.DOTALL);

    @Override
    public Response toResponse(NotFoundException e) {
        var m = e.getCause() == null || e.getMessage() == null
                ? null
                : UNCONVERTIBLE_QUERY_PARAMETER.matcher(e.getMessage());
        if (m != null && m.find()) {
            String detail = m.group(1) + " must be a whole number in range, not '" + m.group(2) + "'";
            return new InvalidParameterMapper().toResponse(new InvalidParameterException(m.group(1), detail));
        }
        return new ProblemDetails("/problems/not-found", "Not found", 404, e.getMessage(), List.of()).toResponse();
    }
}
