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
 * inside, and the columns a person reads, which are derived from it. Format 3 entries hash the same content, but
 * are written without a hash in their own transaction and chained after it commits: their hashes are in their
 * {@link AuditSeal}, so that writing an entry never waits for another transaction's entry. Each entry is checked by
 * its own format, so entries written before a change verify as they always did.
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

    /** The entry of {@code e}, after the entry whose hash is {@code previousHash} (format 2). */
    public AuditEntry(AuditEvent e, String previousHash) {
        this(e, previousHash, now());
    }

    /** Format 3: the entry of {@code e}, to be sealed into the chain once its transaction commits. */
    public static AuditEntry unsealed(AuditEvent e) {
        AuditEntry entry = new AuditEntry(e, null, now());
        entry.format = SEALED_AFTER_COMMIT;
        entry.entryHash = null;
        return entry;
    }

    /** The format of entries whose place in the chain is an {@link AuditSeal}. */
    public static final int SEALED_AFTER_COMMIT = 3;

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

    /**
     * The hash of this entry's content as it is now (formats 1 and 2); equal to {@link #entryHash()} unless someone
     * changed it.
     */
    public String contentHash() {
        return format == 1 ? Sha256.of(previousHash + "|" + occurredAt + "|" + shown()) : hashAfter(previousHash);
    }

    /** The hash of this entry's content as it is now, chained after {@code previous} (formats 2 and 3). */
    public String hashAfter(String previous) {
        return Sha256.of(previous + "|" + occurredAt + "|" + event + "|" + shown());
    }

    private String shown() {
        return actor + "|" + action + "|" + subject + "|" + detail;
    }

    /** Whether this entry's place in the chain is an {@link AuditSeal} rather than its own columns. */
    public boolean sealedAfterCommit() {
        return format == SEALED_AFTER_COMMIT;
    }

    /** 1 for entries written before typed events, 2 for typed events, 3 for typed events sealed after commit. */
    public int format() {
        return format;
    }

    /** The event as canonical JSON (formats 2 and 3), or null (format 1). */
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
