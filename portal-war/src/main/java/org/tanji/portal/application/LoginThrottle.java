package org.tanji.portal.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: after {@link #FREE_FAILURES_PER_LOGIN} wrong passwords for one login, or
 * {@link #FREE_FAILURES_PER_ADDRESS} from one address (many people of a factory share one), each further attempt must
 * wait twice as long as the one before (2 s, 4 s, 8 s … up to 15 minutes). A right password
 * clears the login's count; the address's count fades after an hour without failures. Attempts that must wait are
 * refused without checking the password, so a guess costs the guesser time, not the server.
 *
 * <pre>{@code
 * throttle.waitFor("alice", "203.0.113.9")   // Optional.empty(): go ahead
 * throttle.failed("alice", "203.0.113.9")    // after five of these: Optional[PT2S]
 * }</pre>
 */
@jakarta.enterprise.context.ApplicationScoped
public class LoginThrottle {
    public static final int FREE_FAILURES_PER_LOGIN = 5;
    public static final int FREE_FAILURES_PER_ADDRESS = 50;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_KEYS; // a flood of made-up logins cannot fill the memory
        }
    };

    private record Failures(int count, Instant last) {}

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying {@code login} from {@code address}; empty: now. */
    public synchronized Optional<Duration> waitFor(String login, String address) {
        Duration byLogin = wait(key("login", login), FREE_FAILURES_PER_LOGIN);
        Duration byAddress = wait(key("address", address), FREE_FAILURES_PER_ADDRESS);
        Duration wait = byLogin.compareTo(byAddress) >= 0 ? byLogin : byAddress;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String login, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {key("login", login), key("address", address)}) {
            Failures f = current(key);
            failures.put(key, new Failures(f == null ? 1 : f.count + 1, now));
        }
    }

    public synchronized void succeeded(String login) {
        failures.remove(key("login", login));
    }

    private Duration wait(String key, int free) {
        Failures f = current(key);
        if (f == null || f.count < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count - free, 20);
        Duration step = Duration.ofSeconds(Math.min(2L << doublings, LONGEST_WAIT.toSeconds()));
        Duration left = Duration.between(clock.instant(), f.last.plus(step));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Failures current(String key) {
        Failures f = failures.get(key);
        if (f != null && f.last.plus(FORGET_AFTER).isBefore(clock.instant())) {
            failures.remove(key);
            return null;
        }
        return f;
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.toLowerCase(java.util.Locale.ROOT));
    }
}
