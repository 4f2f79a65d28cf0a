package org.tanji.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.tanji.portal.application.AccountDisabledException;
import org.tanji.portal.application.AuthenticationFailure;
import org.tanji.portal.application.Callers;
import org.tanji.portal.application.LoginThrottle;
import org.tanji.portal.application.PasswordHasher;
import org.tanji.portal.application.TokenStore;
import org.tanji.portal.domain.model.party.PortalUser;
import org.tanji.portal.domain.model.party.PortalUserRepository;

/**
 * One mechanism for both kinds of caller. API clients send {@code Authorization: Bearer <token>} (tokens come from
 * POST /api/auth/tokens) or HTTP Basic; the browser logs in once through POST /api/auth/session and is then known
 * by its session. Anyone else is anonymous, and resources that need a role answer 401.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {
    /**
     * Session attribute: the login of a browser that signed in. Only browser logins make sessions; requests with a
     * token or Basic credentials stay sessionless (a session per API call would fill the server's memory).
     */
    static final String SESSION_LOGIN = "org.tanji.portal.login";

    /** Request attribute: why the credentials the request carried were refused. */
    static final String FAILURE = AuthenticationFailure.ATTRIBUTE;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    TokenStore tokens;

    @Inject
    Callers callers;

    @Inject
    LoginThrottle throttle;

    @Inject
    PortalUserRepository users;

    @Inject
    PasswordHasher passwords;

    private String decoy;

    static final String TOKEN_ENDPOINT = "/api/auth/tokens";

    /** Where the PACT API lives; its callers are not portal users. */
    static final String PACT_API = "/api/pact/";

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + PACT_API)) {
            return context.doNothing(); // PACT clients are customers with tokens of their own (ClientAccess)
        }
        Credential given = context.getAuthParameters() == null
                ? null
                : context.getAuthParameters().getCredential();
        if (given != null) {
            // a browser login (POST /api/auth/session); the resource answers a failure itself
            CredentialValidationResult result = given instanceof UsernamePasswordCredential password
                    ? check(password, request)
                    : CredentialValidationResult.INVALID_RESULT;
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId(); // no session fixation: a signed-in session gets a new id
            }
            request.getSession(true)
                    .setAttribute(SESSION_LOGIN, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<String> login = tokens.login(header.substring(7).strip());
            if (login.isEmpty()) {
                return unauthorized(request, context, "the bearer token is unknown, expired or revoked; get a new one");
            }
            return known(login.get(), null, request, context);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!request.getRequestURI().equals(request.getContextPath() + TOKEN_ENDPOINT)) {
                // a password on every call is a password in every log and proxy: it buys a token, nothing else
                return unauthorized(
                        request,
                        context,
                        "HTTP Basic is accepted only by POST " + TOKEN_ENDPOINT
                                + "; send the bearer token it gives as Authorization: Bearer <token>");
            }
            String[] pair;
            try {
                pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8)
                        .split(":", 2);
            } catch (IllegalArgumentException e) {
                return unauthorized(request, context, "the Basic credentials are not Base64");
            }
            CredentialValidationResult result = pair.length != 2
                    ? CredentialValidationResult.INVALID_RESULT
                    : check(new UsernamePasswordCredential(pair[0], pair[1]), request);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return unauthorized(request, context, "wrong login or password");
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        Object signedIn = session == null ? null : session.getAttribute(SESSION_LOGIN);
        if (signedIn != null) {
            return known(signedIn.toString(), session, request, context);
        }
        return context.doNothing();
    }

    /**
     * A login and password checked against the users, at most as often as the throttle allows, taking as long for a
     * login that does not exist (or is disabled) as for one that does: the identity store alone answers an unknown
     * login at once, which told a guesser which logins exist.
     */
    private CredentialValidationResult check(UsernamePasswordCredential credential, HttpServletRequest request) {
        String login = credential.getCaller();
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(login, address);
        if (wait.isPresent()) {
            request.setAttribute(AuthenticationFailure.RETRY_AFTER, wait.get());
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result;
        if (users.byLogin(login).filter(PortalUser::enabled).isPresent()) {
            result = identityStores.validate(credential);
        } else {
            passwords.matches(credential.getPasswordAsString(), decoyHash());
            result = CredentialValidationResult.INVALID_RESULT;
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(login);
        } else {
            throttle.failed(login, address);
        }
        return result;
    }

    /** A hash no password matches, made once, so checking against it costs what a real check costs. */
    private synchronized String decoyHash() {
        if (decoy == null) {
            decoy = passwords.hash(java.util.UUID.randomUUID().toString());
        }
        return decoy;
    }

    /**
     * A caller already identified (by token or session): its role comes from the portal's users. A disabled account
     * is refused, and its session, if any, ends.
     */
    private AuthenticationStatus known(
            String login, HttpSession session, HttpServletRequest request, HttpMessageContext context) {
        try {
            return context.notifyContainerAboutLogin(
                    login, Set.of(callers.of(login).role().name()));
        } catch (AccountDisabledException e) {
            if (session != null) {
                session.invalidate();
            }
            return unauthorized(request, context, e.getMessage());
        }
    }

    /**
     * Bad credentials in a header: the request goes on anonymous with the reason attached, and the REST layer refuses
     * it with a 401 problem+json naming that reason (the container's own 401 would be an HTML page).
     */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpMessageContext context, String reason) {
        request.setAttribute(FAILURE, reason);
        return context.doNothing();
    }
}
