package org.tanji.portal.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tanji.portal.domain.model.access.OwnedByOrganisation;

/**
 * A Monte Carlo run of a {@link ProductVersion}: what was asked (iterations, seed), how it ended, and the statistics
 * of its result (JSON) once done. A run the server was stopped in the middle of ends as {@link Status#INTERRUPTED}.
 */
@Entity
@Table(name = "monte_carlo_run")
public class MonteCarloRun implements OwnedByOrganisation {
    /** Where a run is. */
    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        CANCELLED,
        FAILED,
        INTERRUPTED
    }

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_version_id")
    private ProductVersion productVersion;

    @Column(name = "organisation_id")
    private long organisationId;

    private int iterations;

    private long seed;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "deterministic_kg_co2e")
    private Double deterministicKgCo2e;

    private String statistics;

    private String failure;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected MonteCarloRun() {}

    public MonteCarloRun(ProductVersion productVersion, int iterations, long seed, String startedBy) {
        this.id = UUID.randomUUID().toString();
        this.productVersion = productVersion;
        this.organisationId = productVersion.product().organisation().id();
        this.iterations = iterations;
        this.seed = seed;
        this.status = Status.QUEUED;
        this.startedBy = startedBy;
        this.startedAt = Instant.now();
    }

    /** Ends the run: DONE with its statistics and deterministic total, or CANCELLED / FAILED / INTERRUPTED. */
    public void finish(Status status, Double deterministicKgCo2e, String statistics, String failure) {
        if (status == Status.QUEUED || status == Status.RUNNING) {
            throw new IllegalArgumentException(
                    "a run finishes as done, cancelled, failed or interrupted, not " + status);
        }
        this.status = status;
        this.deterministicKgCo2e = deterministicKgCo2e;
        this.statistics = statistics;
        this.failure = failure == null || failure.length() <= 2000 ? failure : failure.substring(0, 2000);
        this.finishedAt = Instant.now();
    }

    public void running() {
        this.status = Status.RUNNING;
    }

    public String id() {
        return id;
    }

    public ProductVersion productVersion() {
        return productVersion;
    }

    public long organisationId() {
        return organisationId;
    }

    public int iterations() {
        return iterations;
    }

    public long seed() {
        return seed;
    }

    public Status status() {
        return status;
    }

    public Double deterministicKgCo2e() {
        return deterministicKgCo2e;
    }

    public String statistics() {
        return statistics;
    }

    public String failure() {
        return failure;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    @Override
    public long ownerOrganisationId() {
        return organisationId;
    }
}
