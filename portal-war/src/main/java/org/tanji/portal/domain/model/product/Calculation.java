package org.tanji.portal.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.tanji.portal.domain.model.access.OwnedByOrganisation;

/**
 * A footprint calculated from a product version: its summary (totals and breakdowns), the dataset versions and
 * library version used, a hash of the inputs and a hash of the summary; the full result with every line is
 * recalculated on request and checked against that hash.
 */
@Entity
public class Calculation implements OwnedByOrganisation {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_version_id")
    private ProductVersion productVersion;

    @Column(name = "total_kg_co2e")
    private double totalKgCo2e;

    @Column(name = "gwp_set")
    private String gwpSet;

    @Column(name = "dataset_versions")
    private String datasetVersions;

    @Column(name = "library_version")
    private String libraryVersion;

    @Column(name = "input_sha256")
    private String inputSha256;

    private String result;

    @Column(name = "result_sha256")
    private String resultSha256;

    @Column(name = "calculated_at")
    private Instant calculatedAt;

    @Column(name = "calculated_by")
    private String calculatedBy;

    protected Calculation() {}

    public Calculation(
            ProductVersion productVersion,
            double totalKgCo2e,
            String gwpSet,
            String datasetVersions,
            String libraryVersion,
            String inputSha256,
            String result,
            String resultSha256,
            String calculatedBy) {
        this.productVersion = productVersion;
        this.totalKgCo2e = totalKgCo2e;
        this.gwpSet = gwpSet;
        this.datasetVersions = datasetVersions;
        this.libraryVersion = libraryVersion;
        this.inputSha256 = inputSha256;
        this.result = result;
        this.resultSha256 = resultSha256;
        this.calculatedBy = calculatedBy;
        this.calculatedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public ProductVersion productVersion() {
        return productVersion;
    }

    public double totalKgCo2e() {
        return totalKgCo2e;
    }

    public String gwpSet() {
        return gwpSet;
    }

    public String datasetVersions() {
        return datasetVersions;
    }

    public String libraryVersion() {
        return libraryVersion;
    }

    public String inputSha256() {
        return inputSha256;
    }

    public String result() {
        return result;
    }

    /** SHA-256 of the summary in its compact JSON form; a recalculation must reproduce it. */
    public String resultSha256() {
        return resultSha256;
    }

    public Instant calculatedAt() {
        return calculatedAt;
    }

    public String calculatedBy() {
        return calculatedBy;
    }

    @Override
    public long ownerOrganisationId() {
        return productVersion.ownerOrganisationId();
    }
}
