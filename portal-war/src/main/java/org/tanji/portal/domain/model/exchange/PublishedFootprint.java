package org.tanji.portal.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tanji.portal.domain.model.access.OwnedByOrganisation;

/**
 * A ProductFootprint as published from a certificate: its id, the document as mapped then (never changed), and
 * the footprint that replaced it, if one has. Its status is worked out when it is served.
 */
@Entity
@Table(name = "pact_footprint")
public class PublishedFootprint implements OwnedByOrganisation {
    @Id
    private String id;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "certificate_number")
    private String certificateNumber;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "superseded_by")
    private String supersededBy;

    private String document;

    protected PublishedFootprint() {}

    public PublishedFootprint(
            String id,
            long organisationId,
            long productId,
            String certificateNumber,
            Instant createdAt,
            String document) {
        this.id = id;
        this.organisationId = organisationId;
        this.productId = productId;
        this.certificateNumber = certificateNumber;
        this.createdAt = createdAt;
        this.document = document;
    }

    /** A newer footprint of the same product replaced this one. */
    public void supersede(String newer) {
        this.supersededBy = newer;
    }

    public String id() {
        return id;
    }

    @Override
    public long ownerOrganisationId() {
        return organisationId;
    }

    public long productId() {
        return productId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The id of the footprint that replaced this one, or null. */
    public String supersededBy() {
        return supersededBy;
    }

    /** The ProductFootprint JSON without {@code status}. */
    public String document() {
        return document;
    }
}
