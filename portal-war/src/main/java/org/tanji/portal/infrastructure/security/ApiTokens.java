package org.tanji.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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
        .setParameter(1, sha256(token)).setParameter(2, login).setParameter(3, Timestamp.from(expires))
        .executeUpdate();
    return new IssuedToken(token, expires);
  }

  /** The login a valid token belongs to. */
  @Transactional
  public Optional<String> login(String token) {
    @SuppressWarnings("unchecked")
    List<String> found = em.createNativeQuery(
            "select user_login from api_token where token_sha256 = ? and expires_at > ?")
        .setParameter(1, sha256(token)).setParameter(2, Timestamp.from(Instant.now())).getResultList();
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

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token as handed to the client, the only time it is seen in clear. */
  public record IssuedToken(String token, Instant expiresAt) {}
}
