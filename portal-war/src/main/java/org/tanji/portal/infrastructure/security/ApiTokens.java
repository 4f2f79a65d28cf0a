package org.tanji.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.tanji.portal.domain.model.Sha256;

/**
 * Bearer tokens for API clients: 256 random bits, handed out once, stored only as their SHA-256, valid for a
 * limited time.
 */
@ApplicationScoped
public class ApiTokens {
  static final Duration LIFETIME = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "tanji")
  EntityManager em;

  /** A new token for {@code login}. */
  @Transactional
  public IssuedToken issue(String login) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expires = Instant.now().plus(LIFETIME);
    em.createNativeQuery("insert into api_token (token_sha256, user_login, expires_at) values (?, ?, ?)")
        .setParameter(1, Sha256.of(token)).setParameter(2, login).setParameter(3, Timestamp.from(expires))
        .executeUpdate();
    return new IssuedToken(token, expires);
  }

  /** The login a valid token belongs to. */
  @Transactional
  public Optional<String> login(String token) {
    @SuppressWarnings("unchecked")
    List<String> found = em.createNativeQuery(
            "select user_login from api_token where token_sha256 = ? and expires_at > ?")
        .setParameter(1, Sha256.of(token)).setParameter(2, Timestamp.from(Instant.now())).getResultList();
    return found.stream().findFirst();
  }

  /** The roles of {@code login}. */
  @Transactional
  public List<String> roles(String login) {
    @SuppressWarnings("unchecked")
    List<String> roles = em.createNativeQuery("select role from app_user where login = ?").setParameter(1, login)
        .getResultList();
    return roles;
  }


  /** A token as handed to the client, the only time it is seen in clear. */
  public record IssuedToken(String token, Instant expiresAt) {}
}
