package org.tanji.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveWrongPasswordsAreFreeThenEachWaitDoubles() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.waitFor("alice", "198.51.100.7"));
            throttle.failed("alice", "198.51.100.7");
        }
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitFor("alice", "198.51.100.7"));
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitFor("ALICE", "203.0.113.1")); // any address
        clock.now = clock.now.plusSeconds(2);
        assertEquals(Optional.empty(), throttle.waitFor("alice", "198.51.100.7"));
        throttle.failed("alice", "198.51.100.7");
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.waitFor("alice", "198.51.100.7"));
        assertEquals(Optional.empty(), throttle.waitFor("bob", "203.0.113.1")); // others are not slowed
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutesAndARightPasswordClearsIt() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("alice", "198.51.100.7");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitFor("alice", "192.0.2.1"));
        throttle.succeeded("alice");
        assertEquals(Optional.empty(), throttle.waitFor("alice", "192.0.2.1"));
    }

    @Test
    void oneAddressGuessingManyLoginsIsSlowedToo() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "198.51.100.7");
        }
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitFor("someone-new", "198.51.100.7"));
        clock.now = clock.now.plus(Duration.ofHours(2)); // an hour without failures and the address is forgotten
        assertEquals(Optional.empty(), throttle.waitFor("someone-new", "198.51.100.7"));
    }
}
