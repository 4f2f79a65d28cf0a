package org.tanji.portal.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The frozen footprint model of a {@link ProductVersion}, written once and never changed; its SHA-256 is the
 * version's {@code modelSha256}. Kept apart from the version row so that listing versions does not read models.
 */
@Entity
@Table(name = "product_version_model")
public class VersionModel {
    @Id
    @Column(name = "product_version_id")
    private Long productVersionId;

    private String model;

    protected VersionModel() {}

    public VersionModel(long productVersionId, String model) {
        this.productVersionId = productVersionId;
        this.model = model;
    }

    public String model() {
        return model;
    }
}
