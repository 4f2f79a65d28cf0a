package org.tanji.portal.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tanji.portal.domain.model.access.OwnedByOrganisation;

/** A file that backs a product's data (a supplier declaration, a meter reading, an invoice), kept unchanged. */
@Entity
@Table(name = "evidence_document")
public class EvidenceDocument implements OwnedByOrganisation {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    private String description;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected EvidenceDocument() {}

    /** A document of {@code sizeBytes} bytes whose content (an {@link EvidenceContent}) hashes to {@code sha256}. */
    public EvidenceDocument(
            Product product,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String description,
            String uploadedBy) {
        this.product = product;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.description = description;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String description() {
        return description;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    @Override
    public long ownerOrganisationId() {
        return product.ownerOrganisationId();
    }
}
