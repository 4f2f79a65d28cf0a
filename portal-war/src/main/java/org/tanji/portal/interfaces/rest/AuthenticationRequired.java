package org.tanji.portal.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.tanji.portal.application.AuthenticationFailure;

/**
 * Resources that need a role answer 401 to anonymous callers (and 403, from the role check, to callers without
 * the role) — the role check alone would say 403 to both. A request whose token or password was refused gets 401
 * with the reason on every resource, public ones included.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequired implements ContainerRequestFilter {
    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (servletRequest.getAttribute(AuthenticationFailure.RETRY_AFTER) instanceof java.time.Duration wait) {
            request.abortWith(Problems.tooManyAttempts(wait));
            return;
        }
        Object refused = servletRequest.getAttribute(AuthenticationFailure.ATTRIBUTE);
        if (refused != null) {
            request.abortWith(Response.fromResponse(
                            Problems.problem("unauthenticated", "Authentication failed", 401, refused.toString()))
                    .header("WWW-Authenticate", "Bearer realm=\"tanji\"")
                    .build());
            return;
        }
        boolean needsRole = resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)
                        || (resource.getResourceClass().isAnnotationPresent(RolesAllowed.class)
                                && !resource.getResourceMethod()
                                        .isAnnotationPresent(jakarta.annotation.security.PermitAll.class)));
        if (needsRole && request.getSecurityContext().getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer realm=\"tanji\"");
        }
    }
}
