package org.tanji.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;

/**
 * One mechanism for both kinds of caller. API clients send {@code Authorization: Bearer <token>} (tokens come from
 * POST /api/auth/tokens) or HTTP Basic; the browser logs in once through POST /api/auth/session and is then known
 * by its session. Anyone else is anonymous, and resources that need a role answer 401.
 */
@AutoApplySession
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  @Inject
  IdentityStoreHandler identityStores;

  @Inject
  ApiTokens tokens;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    Credential given = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (given != null) {
      return login(identityStores.validate(given), context);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<String> login = tokens.login(header.substring(7).strip());
      if (login.isEmpty()) {
        return context.responseUnauthorized();
      }
      return context.notifyContainerAboutLogin(login.get(), new HashSet<>(tokens.roles(login.get())));
    }
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8)
          .split(":", 2);
      if (pair.length != 2) {
        return context.responseUnauthorized();
      }
      return login(identityStores.validate(new UsernamePasswordCredential(pair[0], pair[1])), context);
    }
    return context.doNothing();
  }

  private static AuthenticationStatus login(CredentialValidationResult result, HttpMessageContext context) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return context.responseUnauthorized();
    }
    return context.notifyContainerAboutLogin(result);
  }
}
