package org.tanji.portal.application.pact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.exchange.ApiClient;
import org.tanji.portal.domain.model.exchange.ClientToken;
import org.tanji.portal.domain.model.exchange.ExchangeRepository;

/**
 * OAuth2 client credentials for the PACT API: a client's id and secret buy an access token, valid for
 * {@code tanji.pact.token-lifetime} (an ISO-8601 duration, PT1H by default); a token is checked on every call, so a disabled client is refused at once.
 * An ended token is remembered for a day, to be answered "expired" rather than "unknown".
 */
@ApplicationScoped
public class ClientAccess {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ExchangeRepository exchange;

    /** An issued token and how long it lasts. */
    public record Token(String accessToken, long expiresInSeconds) {}

    /** What a presented token turned out to be. */
    public sealed interface Check permits Valid, Expired, Unknown {}

    /** A valid token of an enabled client. */
    public record Valid(ApiClient client) implements Check {}

    /** A token that was valid and has ended. */
    public record Expired() implements Check {}

    /** No token we issued, or one of a disabled client. */
    public record Unknown() implements Check {}

    static Duration lifetime() {
        return Duration.parse(System.getProperty("tanji.pact.token-lifetime", "PT1H"));
    }

    /** A token for the client with these credentials; empty when they do not match an enabled client. */
    @Transactional
    public Optional<Token> authenticate(String clientId, String secret) {
        Optional<ApiClient> client = exchange.clientByClientId(clientId).filter(ApiClient::enabled);
        // compare hashes in constant time, and as long for an unknown client as for a known one
        String expected = client.map(ApiClient::secretHash).orElse(Sha256.of("no client"));
        boolean match = MessageDigest.isEqual(
                expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                Sha256.of(secret).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (client.isEmpty() || !match) {
            return Optional.empty();
        }
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Instant now = Instant.now();
        exchange.removeTokensBefore(now.minus(Duration.ofDays(1)));
        exchange.add(new ClientToken(Sha256.of(token), client.get().id(), now.plus(lifetime())));
        return Optional.of(new Token(token, lifetime().toSeconds()));
    }

    @Transactional
    public Check check(String token) {
        Optional<ClientToken> t = exchange.token(Sha256.of(token));
        if (t.isEmpty()) {
            return new Unknown();
        }
        if (!t.get().expiresAt().isAfter(Instant.now())) {
            return new Expired();
        }
        return exchange.client(t.get().clientId())
                .filter(ApiClient::enabled)
                .<Check>map(Valid::new)
                .orElse(new Unknown());
    }
}
