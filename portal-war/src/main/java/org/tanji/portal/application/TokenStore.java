package org.tanji.portal.application;

import java.time.Instant;
import java.util.Optional;

/**
 * The port to bearer-token storage: tokens are handed out once and kept only as their hash; implemented in
 * infrastructure.security. Issuing and revoking go through {@link ApiTokenService}, which audits them.
 */
public interface TokenStore {
    /** A new token for {@code login}. */
    IssuedToken issue(String login);

    /** The login a valid token belongs to. */
    Optional<String> login(String token);

    /** Ends one token. */
    void revoke(String token);

    /** Ends every token of {@code login}; returns how many there were. */
    int revokeAll(String login);

    /** A token as handed to the client, the only time it is seen in clear. */
    record IssuedToken(String token, Instant expiresAt) {}
}
