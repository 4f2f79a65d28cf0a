package org.tanji.portal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.tanji.portal.domain.model.Sha256;

/**
 * One line of the audit log. Its hash covers the previous entry's hash and its own content, so removing or
 * changing an entry breaks the chain. Immutable: there are no setters and nothing updates the table.
 *
 * <p>Two formats live in the table. Format 1 entries, written before typed events, hash
 * {@code previous|time|actor|action|subject|detail}. Format 2 entries store their {@link AuditEvent} as canonical
 * JSON and hash {@code previous|time|event|actor|action|subject|detail}: the event text with its format version
 * inside, and the columns a person reads, which are derived from it. Each entry is checked by its own format, so
 * entries written before the change verify as they always did.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    private String action;

    private String subject;

    private String detail;

    @Column(name = "previous_hash")
    private String previousHash;

    @Column(name = "entry_hash")
    private String entryHash;

    private int format;

    /** The canonical JSON of a format 2 entry's event; null in format 1. */
    private String event;

    protected AuditEntry() {}

    /** A format 1 entry: how entries were written before typed events (kept to check and to test old chains). */
    public AuditEntry(String actor, String action, String subject, String detail, String previousHash) {
        this(1, null, actor, action, subject, detail, previousHash, now());
    }

    /** The entry of {@code e}, after the entry whose hash is {@code previousHash}. */
    public AuditEntry(AuditEvent e, String previousHash) {
        this(e, previousHash, now());
    }

    /** The entry of {@code e} at {@code occurredAt}: for a golden entry in a test. */
    AuditEntry(AuditEvent e, String previousHash, Instant occurredAt) {
        this(
                AuditEvent.FORMAT,
                e.canonical(),
                e.actor(),
                e.action().description(),
                e.subject(),
                e.detail() != null ? e.detail() : e.reason(),
                previousHash,
                occurredAt);
    }

    private AuditEntry(
            int format,
            String event,
            String actor,
            String action,
            String subject,
            String detail,
            String previousHash,
            Instant occurredAt) {
        this.format = format;
        this.event = event;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.previousHash = previousHash;
        this.entryHash = contentHash();
    }

    // microseconds: what TIMESTAMP keeps in H2 and PostgreSQL, so the hash can be checked after a reload
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The hash of this entry's content as it is now; equal to {@link #entryHash()} unless someone changed it. */
    public String contentHash() {
        String shown = actor + "|" + action + "|" + subject + "|" + detail;
        return format == 1
                ? Sha256.of(previousHash + "|" + occurredAt + "|" + shown)
                : Sha256.of(previousHash + "|" + occurredAt + "|" + event + "|" + shown);
    }

    /** 1 for entries written before typed events, {@link AuditEvent#FORMAT} after. */
    public int format() {
        return format;
    }

    /** The event as canonical JSON (format 2), or null (format 1). */
    public String event() {
        return event;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String detail() {
        return detail;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }
}
