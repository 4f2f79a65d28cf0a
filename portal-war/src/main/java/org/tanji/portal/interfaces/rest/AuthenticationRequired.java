package org.tanji.portal.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Resources that need a role answer 401 to anonymous callers (and 403, from the role check, to callers without
 * the role) — the role check alone would say 403 to both.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequired implements ContainerRequestFilter {
  @Context
  ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    boolean needsRole = resource.getResourceMethod() != null
        && (resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)
            || (resource.getResourceClass().isAnnotationPresent(RolesAllowed.class)
                && !resource.getResourceMethod().isAnnotationPresent(jakarta.annotation.security.PermitAll.class)));
    if (needsRole && request.getSecurityContext().getUserPrincipal() == null) {
      throw new NotAuthorizedException("Bearer realm=\"tanji\"");
    }
  }
}
