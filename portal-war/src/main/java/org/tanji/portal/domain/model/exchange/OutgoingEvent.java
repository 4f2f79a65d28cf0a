package org.tanji.portal.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A CloudEvent to deliver to a customer's PACT API, with its attempts: retried with exponential backoff (10 s,
 * 20 s, … at most 6 h apart) and given up three days after it was made, as the specification advises.
 */
@Entity
@Table(name = "pact_outbox")
public class OutgoingEvent {
    static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(3);

    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "client_id")
    private long clientId;

    @Column(name = "event_id")
    private String eventId;

    private String type;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "abandoned_at")
    private Instant abandonedAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutgoingEvent() {}

    public OutgoingEvent(long clientId, String eventId, String type, String body) {
        this.clientId = clientId;
        this.eventId = eventId;
        this.type = type;
        this.body = body;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    public void delivered(Instant at) {
        attempts++;
        deliveredAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Given up without a further attempt, for {@code reason}. */
    public void abandon(Instant at, String reason) {
        abandonedAt = at;
        nextAttemptAt = null;
        lastError = reason;
    }

    /** A failed attempt: the next one later, or none once three days have passed. */
    public void failed(Instant at, String error) {
        attempts++;
        lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        Instant next = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        if (next.isAfter(createdAt.plus(GIVE_UP_AFTER))) {
            abandonedAt = at;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant abandonedAt() {
        return abandonedAt;
    }

    public String lastError() {
        return lastError;
    }
}
