package org.tanji.portal.domain.model.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The audit log's entries and the head of its chain; implemented with JPA in infrastructure. */
public interface AuditRepository {
    /** The head, locked until the transaction ends, so that entries are sealed one at a time. */
    AuditHead lockHead();

    void append(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> newest(int offset, int limit);

    List<AuditEntry> all();

    /**
     * Entries of format 3 written at or after {@code since} that have no seal yet, oldest first, at most
     * {@code limit}: what the sealer chains next.
     */
    List<AuditEntry> unsealed(Instant since, int limit);

    /** Stores a seal; the database refuses a second seal of an entry or after a hash. */
    void seal(AuditSeal seal);

    /** Every seal. */
    List<AuditSeal> seals();

    /** The seals of these entries. */
    List<AuditSeal> seals(Collection<Long> entryIds);

    /** The entry whose seal (or, for formats 1 and 2, whose own hash) is {@code hash}. */
    Optional<Long> entryHashed(String hash);

    /** Every checkpoint, by sequence. */
    List<AuditCheckpoint> checkpoints();

    /** The newest checkpoint. */
    Optional<AuditCheckpoint> latestCheckpoint();

    /** A page of checkpoints, newest first. */
    List<AuditCheckpoint> checkpoints(int offset, int limit);

    void addCheckpoint(AuditCheckpoint checkpoint);

    /** The entries about one subject ({@code application 7}), oldest first. */
    List<AuditEntry> about(String subject);
}
