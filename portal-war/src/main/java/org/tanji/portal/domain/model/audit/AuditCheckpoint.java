package org.tanji.portal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A signed statement of where the audit chain's head was: entry {@code entryId} with hash {@code headHash}, signed
 * by the platform's key and published (the server log and a public endpoint), so that a chain rewritten and
 * recomputed by someone who can write the database no longer matches it. Numbered from 1 without gaps; immutable.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {
    /** The statement's format, the first line of what is signed. */
    public static final String FORMAT = "tanji-audit-checkpoint/1";

    @Id
    private long sequence;

    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "head_hash")
    private String headHash;

    @Column(name = "signed_at")
    private Instant signedAt;

    private String algorithm;

    /** Base64 of the signature over {@link #statement()}. */
    private String signature;

    /** Base64 of the signer's X.509 certificate (DER). */
    private String signer;

    protected AuditCheckpoint() {}

    public AuditCheckpoint(long sequence, long entryId, String headHash, Instant signedAt) {
        this.sequence = sequence;
        this.entryId = entryId;
        this.headHash = headHash;
        this.signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** What is signed: the format, the sequence, the entry, the head's hash and the time, one per line. */
    public byte[] statement() {
        return (FORMAT + "\nsequence=" + sequence + "\nentry=" + entryId + "\nhead=" + headHash + "\nsigned-at="
                        + signedAt + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Records the signature over {@link #statement()}, once. */
    public void signed(String algorithm, String signature, String signer) {
        if (this.signature != null) {
            throw new IllegalStateException("checkpoint " + sequence + " is signed already");
        }
        this.algorithm = algorithm;
        this.signature = signature;
        this.signer = signer;
    }

    public long sequence() {
        return sequence;
    }

    public long entryId() {
        return entryId;
    }

    public String headHash() {
        return headHash;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String algorithm() {
        return algorithm;
    }

    public String signature() {
        return signature;
    }

    public String signer() {
        return signer;
    }
}
