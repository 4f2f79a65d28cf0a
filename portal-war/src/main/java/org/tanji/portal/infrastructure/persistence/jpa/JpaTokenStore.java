package org.tanji.portal.infrastructure.persistence.jpa;

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
import org.tanji.portal.application.BoundedCache;
import org.tanji.portal.application.TokenStore;
import org.tanji.portal.domain.model.Sha256;

/**
 * Bearer tokens for API clients: 256 random bits, handed out once, stored only as their SHA-256, valid for a
 * limited time, revocable.
 */
@ApplicationScoped
public class JpaTokenStore implements TokenStore {
    static final Duration LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Token SHA-256 → owner, for a minute at most; revocation in this server drops entries at once. */
    private final BoundedCache<String, Owner> owners = new BoundedCache<>(100_000, o -> 1, Duration.ofMinutes(1));

    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    /** A new token for {@code login}. */
    @Transactional
    @Override
    public TokenStore.IssuedToken issue(String login) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(LIFETIME);
        em.createNativeQuery("insert into api_token (token_sha256, user_login, expires_at) values (?, ?, ?)")
                .setParameter(1, Sha256.of(token))
                .setParameter(2, login)
                .setParameter(3, Timestamp.from(expires))
                .executeUpdate();
        return new TokenStore.IssuedToken(token, expires);
    }

    /** The login a valid token belongs to (cached: every API request asks, so no transaction is begun for it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Override
    public Optional<String> login(String token) {
        String sha = Sha256.of(token);
        Optional<Owner> owner = owners.find(sha);
        if (owner.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery(
                            "select user_login, expires_at from api_token where token_sha256 = ?")
                    .setParameter(1, sha)
                    .getResultList();
            owner = found.stream().findFirst().map(r -> new Owner((String) r[0], instant(r[1])));
            owner.ifPresent(o -> owners.put(sha, o));
        }
        return owner.filter(o -> o.expiresAt().isAfter(Instant.now())).map(Owner::login);
    }

    /** Ends one token (logging out an API client). */
    @Transactional
    @Override
    public void revoke(String token) {
        String sha = Sha256.of(token);
        em.createNativeQuery("delete from api_token where token_sha256 = ?")
                .setParameter(1, sha)
                .executeUpdate();
        owners.invalidate(sha);
    }

    /** Ends every token of {@code login} (password changed, account disabled); returns how many there were. */
    @Transactional
    @Override
    public int revokeAll(String login) {
        int n = em.createNativeQuery("delete from api_token where user_login = ?")
                .setParameter(1, login)
                .executeUpdate();
        owners.invalidateIf(o -> o.login().equals(login));
        return n;
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof Timestamp t
                ? t.toInstant()
                : ((java.time.LocalDateTime) timestamp)
                        .atZone(java.time.ZoneId.systemDefault())
                        .toInstant();
    }

    private record Owner(String login, Instant expiresAt) {}
}
