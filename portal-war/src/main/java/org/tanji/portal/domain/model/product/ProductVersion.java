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

/** A frozen footprint model of a product: immutable once made (no setters), identified by its SHA-256. */
@Entity
@Table(name = "product_version")
public class ProductVersion implements OwnedByOrganisation {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private int number;

    @Column(name = "model_sha256")
    private String modelSha256;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected ProductVersion() {}

    /** The version {@code number} of a product, whose model ({@link VersionModel}) hashes to {@code modelSha256}. */
    public ProductVersion(Product product, int number, String modelSha256, String createdBy) {
        this.product = product;
        this.number = number;
        this.modelSha256 = modelSha256;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public int number() {
        return number;
    }

    public String modelSha256() {
        return modelSha256;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    @Override
    public long ownerOrganisationId() {
        return product.ownerOrganisationId();
    }
}
