package org.tanji.portal.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tanji.portal.domain.model.access.OwnedByOrganisation;
import org.tanji.portal.domain.model.party.Organisation;

/**
 * A product of an exporter, with the footprint model being worked on (its {@link ProductDraft}, stored apart).
 * Freezing the draft makes an immutable {@link ProductVersion}; only versions are calculated and certified.
 */
@Entity
public class Product implements OwnedByOrganisation {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    private ProductCategory category;

    @Column(name = "has_draft")
    private boolean hasDraft;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Product() {}

    public Product(Organisation organisation, String name, String description) {
        this.organisation = organisation;
        this.name = name;
        this.description = description;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Changes name and description, and records whether the product now has a draft model. */
    public void edit(String name, String description, boolean hasDraft) {
        this.name = name;
        this.description = description;
        this.hasDraft = hasDraft;
        this.updatedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    /** The product's category, or null for a product made before categories (or left uncategorised). */
    public ProductCategory category() {
        return category;
    }

    /** Puts the product in a category; null leaves the category as it is. */
    public void categorise(ProductCategory category) {
        if (category != null) {
            this.category = category;
        }
    }

    public String description() {
        return description;
    }

    /** Whether a draft model exists (the model itself is a {@link ProductDraft}). */
    public boolean hasDraft() {
        return hasDraft;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public long ownerOrganisationId() {
        return organisation.id();
    }
}
