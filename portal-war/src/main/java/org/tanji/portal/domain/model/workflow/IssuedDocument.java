package org.tanji.portal.domain.model.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.tanji.portal.domain.model.Sha256;

/**
 * A signed document issued for a certificate, kept byte for byte as issued: its SHA-256 tells a file in hand that
 * was issued here, unaltered, from one that was not.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {
    /** What a document is. */
    public enum Kind {
        CERTIFICATE,
        LABEL_50X30,
        LABEL_100X60
    }

    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String sha256;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "issued_at")
    private Instant issuedAt;

    private byte[] content;

    protected IssuedDocument() {}

    public IssuedDocument(Certificate certificate, Kind kind, byte[] content) {
        this.certificate = certificate;
        this.kind = kind;
        this.content = content.clone();
        this.sha256 = Sha256.of(content);
        this.sizeBytes = content.length;
        this.issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Certificate certificate() {
        return certificate;
    }

    public Kind kind() {
        return kind;
    }

    public String sha256() {
        return sha256;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public byte[] content() {
        return content.clone();
    }
}
