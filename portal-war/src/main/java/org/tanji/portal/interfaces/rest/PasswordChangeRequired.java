package org.tanji.portal.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Set;
import org.tanji.portal.application.Callers;

/**
 * After an administrator reset a password, its user may sign in, see who it is and choose its own password — and
 * nothing else until it has: the administrator knows the password it was given (403 problem
 * {@code password-change-required}).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class PasswordChangeRequired implements ContainerRequestFilter {
    private static final Set<String> ALLOWED = Set.of(
            "PUT auth/password",
            "GET auth/me",
            "POST auth/session",
            "DELETE auth/session",
            "POST auth/tokens",
            "DELETE auth/tokens/current");

    @Inject
    Callers callers;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal == null) {
            return;
        }
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (ALLOWED.contains(request.getMethod() + " " + path) || !callers.mustChangePassword(principal.getName())) {
            return;
        }
        request.abortWith(Problems.problem(
                "password-change-required",
                "Password change required",
                403,
                "an administrator set this account's password: choose your own with PUT /api/auth/password"
                        + " (currentPassword, newPassword) before anything else"));
    }
}
