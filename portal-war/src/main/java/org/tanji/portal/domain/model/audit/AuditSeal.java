package org.tanji.portal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An entry's place in the hash chain, given after its transaction committed: the hash of the entry sealed before
 * it and its own hash over that and its content. Entries are sealed one at a time in the order their seals are
 * written, so the chain has no gaps and no forks (the database refuses a second seal after the same hash), while
 * the transactions that write entries never wait for one another. Immutable, like the entry.
 */
@Entity
@Table(name = "audit_seal")
public class AuditSeal {
    @Id
    @Column(name = "entry_id")
    private Long entryId;

    @Column(name = "previous_hash")
    private String previousHash;

    @Column(name = "entry_hash")
    private String entryHash;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    protected AuditSeal() {}

    /** Seals {@code entry} after the entry whose hash is {@code previousHash}. */
    public AuditSeal(AuditEntry entry, String previousHash) {
        this.entryId = entry.id();
        this.previousHash = previousHash;
        this.entryHash = entry.hashAfter(previousHash);
        this.sealedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Long entryId() {
        return entryId;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }

    public Instant sealedAt() {
        return sealedAt;
    }
}
