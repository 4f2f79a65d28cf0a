package org.tanji.portal.domain.model.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Retries of an event a customer's host did not take: waits doubling from 10 s, never more than 6 h apart, and no
 * attempt later than three days after the event was made (the specification's advice: exponential backoff, give
 * up after 72 hours).
 */
class OutgoingEventTest {
    @Test
    void waitsDoubleUpToSixHoursAndStopAfterThreeDays() {
        OutgoingEvent e = new OutgoingEvent(1, "e-1", "t", "{}");
        Instant made = e.createdAt();
        Instant at = made;
        long[] expectedSeconds = {10, 20, 40, 80, 160, 320, 640, 1280, 2560, 5120, 10240, 20480, 21600, 21600};
        for (long seconds : expectedSeconds) {
            e.failed(at, "no answer");
            assertEquals(Duration.ofSeconds(seconds), Duration.between(at, e.nextAttemptAt()));
            at = e.nextAttemptAt();
        }
        while (e.nextAttemptAt() != null) {
            at = e.nextAttemptAt();
            e.failed(at, "no answer");
        }
        assertNotNull(e.abandonedAt());
        // the last attempt was made within the three days, the next would have fallen after them
        assertEquals(true, !at.isAfter(made.plus(Duration.ofDays(3))));
        assertEquals(true, at.plus(Duration.ofHours(6)).isAfter(made.plus(Duration.ofDays(3))));
    }

    @Test
    void aDeliveredEventIsNotTriedAgain() {
        OutgoingEvent e = new OutgoingEvent(1, "e-2", "t", "{}");
        e.failed(e.createdAt(), "refused");
        e.delivered(e.nextAttemptAt());
        assertNull(e.nextAttemptAt());
        assertNull(e.lastError());
        assertEquals(2, e.attempts());
    }
}
