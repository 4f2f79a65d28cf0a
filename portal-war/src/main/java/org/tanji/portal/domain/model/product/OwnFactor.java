package org.tanji.portal.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tanji.portal.domain.model.access.OwnedByOrganisation;

/**
 * An emission factor of the exporter's own — a supplier's declared footprint, a measurement — kept for the whole
 * organisation: its definition in the footprint-model format, under a code unique in the organisation. A model that
 * uses it carries a copy (a frozen version never reads this).
 */
@Entity
@Table(name = "own_factor")
public class OwnFactor implements OwnedByOrganisation {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    private String code;

    private String definition;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected OwnFactor() {}

    public OwnFactor(long organisationId, String code, String definition, String createdBy) {
        this.organisationId = organisationId;
        this.code = code;
        this.definition = definition;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    @Override
    public long ownerOrganisationId() {
        return organisationId;
    }

    public String code() {
        return code;
    }

    /** The factor as a footprint model's {@code factors} entry (JSON). */
    public String definition() {
        return definition;
    }
}
