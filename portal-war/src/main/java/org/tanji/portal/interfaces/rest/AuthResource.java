package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.tanji.portal.application.ApiTokenService;
import org.tanji.portal.application.AuthenticationFailure;
import org.tanji.portal.application.Caller;
import org.tanji.portal.application.OrganisationService;
import org.tanji.portal.application.PasswordResets;
import org.tanji.portal.application.TokenStore;

/** Logging in: a session for the browser, bearer tokens for API clients, and who the caller is. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    jakarta.security.enterprise.SecurityContext securityContext;

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentCaller caller;

    @Inject
    OrganisationService organisations;

    @Inject
    PasswordResets resets;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    record Login(@NotBlank String login, @NotBlank String password) {}

    record Me(String login, String role, long organisationId) {}

    record PasswordChange(
            @NotBlank String currentPassword,

            @NotNull // what a password must be: PasswordPolicy
            String newPassword) {}

    /** The caller's e-mail address; null removes it. */
    record EmailChange(
            @jakarta.validation.constraints.Email @jakarta.validation.constraints.Size(max = 254)
            String email) {}

    /** Browser login: checks the credentials and starts a session. */
    @POST
    @Path("session")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(@NotNull @Valid Login body) {
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(body.login(), body.password()))
                        .newAuthentication(true));
        if (request.getAttribute(AuthenticationFailure.RETRY_AFTER) instanceof java.time.Duration wait) {
            return Problems.tooManyAttempts(wait);
        }
        if (status != AuthenticationStatus.SUCCESS) {
            return new ProblemDetails(
                            "/problems/login-failed", "Login failed", 401, "wrong login or password", List.of())
                    .toResponse();
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("session")
    @PermitAll
    public Response logout() throws jakarta.servlet.ServletException {
        HttpSession session = request.getSession(false);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    /** A bearer token for the authenticated caller (HTTP Basic or a session), valid for 12 hours. */
    @POST
    @Path("tokens")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public TokenStore.IssuedToken token() {
        return tokens.issue(caller.get());
    }

    /** Ends the bearer token this request carries (an API client logging out). */
    @DELETE
    @Path("tokens/current")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response revokeCurrentToken() {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidParameterException("Authorization", "send the token to revoke as Authorization: Bearer");
        }
        tokens.revoke(caller.get(), header.substring(7).strip());
        return Response.noContent().build();
    }

    record ResetRequest(@NotBlank @Size(max = 254) String login) {}

    record ResetConfirmation(
            @NotBlank @Size(max = 100) String code,
            @NotNull @Size(max = 1000) String newPassword) {}

    /**
     * Forgot the password: e-mails a one-time code (30 minutes) to the account that {@code login} (a login or an
     * e-mail address) names, if it has an address. Always 202, whether or not there is such an account.
     */
    @POST
    @Path("password-reset")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestReset(@NotNull @Valid ResetRequest body) {
        resets.request(body.login(), PortalAddress.of(uri));
        return Response.accepted().build();
    }

    /** Sets a new password with an e-mailed code; every token of the account ends. */
    @POST
    @Path("password-reset/confirm")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirmReset(@NotNull @Valid ResetConfirmation body) {
        resets.confirm(body.code(), body.newPassword());
        return Response.noContent().build();
    }

    /** Changes the caller's own password; every token of the caller ends (the session goes on). */
    @PUT
    @Path("password")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@NotNull @Valid PasswordChange body) {
        organisations.changeOwnPassword(caller.get(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    /**
     * Sets the address the portal e-mails the caller at when something awaits it (when the server sends mail:
     * {@code tanji.mail.enabled}); {@code {"email": null}} removes it.
     */
    @PUT
    @Path("email")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeEmail(@NotNull @Valid EmailChange body) {
        organisations.changeOwnEmail(caller.get(), body.email());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Me me() {
        Caller c = caller.get();
        return new Me(c.login(), c.role().name(), c.organisationId());
    }
}
