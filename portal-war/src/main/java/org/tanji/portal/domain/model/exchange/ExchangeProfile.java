package org.tanji.portal.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tanji.portal.domain.model.access.OwnedByOrganisation;

/**
 * What an exporter declares about a product for its customers, beyond the certified footprint — the facts a
 * ProductFootprint needs that a footprint model does not hold: the product's mass per declared unit, its product
 * ids and classifications (URNs, JSON arrays), the geography the footprint represents (ISO 3166-1 country or
 * 3166-2 subdivision) and the carbon content. Nothing here is assumed: the exporter states each.
 */
@Entity
@Table(name = "pact_profile")
public class ExchangeProfile implements OwnedByOrganisation {
    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "product_mass_kg")
    private String productMassKg;

    @Column(name = "product_ids")
    private String productIds;

    private String classifications;

    private String geography;

    @Column(name = "fossil_carbon_content")
    private String fossilCarbonContent;

    @Column(name = "biogenic_carbon_content")
    private String biogenicCarbonContent;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ExchangeProfile() {}

    public ExchangeProfile(long productId, long organisationId) {
        this.productId = productId;
        this.organisationId = organisationId;
    }

    /** Sets every declared fact at once (decimals as strings, lists as JSON arrays). */
    public void declare(
            String productMassKg,
            String productIdsJson,
            String classificationsJson,
            String geography,
            String fossilCarbonContent,
            String biogenicCarbonContent,
            String by) {
        this.productMassKg = productMassKg;
        this.productIds = productIdsJson;
        this.classifications = classificationsJson;
        this.geography = geography;
        this.fossilCarbonContent = fossilCarbonContent;
        this.biogenicCarbonContent = biogenicCarbonContent;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public long productId() {
        return productId;
    }

    @Override
    public long ownerOrganisationId() {
        return organisationId;
    }

    public String productMassKg() {
        return productMassKg;
    }

    public String productIdsJson() {
        return productIds;
    }

    public String classificationsJson() {
        return classifications;
    }

    public String geography() {
        return geography;
    }

    public String fossilCarbonContent() {
        return fossilCarbonContent;
    }

    public String biogenicCarbonContent() {
        return biogenicCarbonContent;
    }
}
