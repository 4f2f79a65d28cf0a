package org.tanji.portal.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The footprint model a product is being worked on with (tanji-footprint-model/1 JSON), kept apart from the
 * {@link Product} row because it may be megabytes and most reads of a product do not need it.
 */
@Entity
@Table(name = "product_draft")
public class ProductDraft {
    @Id
    @Column(name = "product_id")
    private Long productId;

    private String model;

    protected ProductDraft() {}

    public ProductDraft(long productId, String model) {
        this.productId = productId;
        this.model = model;
    }

    public void replace(String model) {
        this.model = model;
    }

    public String model() {
        return model;
    }
}
