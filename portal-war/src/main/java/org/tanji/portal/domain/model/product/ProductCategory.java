package org.tanji.portal.domain.model.product;

/**
 * What kind of product it is, as the export rules and the supervisor's statistics group them: the founding plan's
 * five export sectors, and "other". A category never changes a footprint.
 */
public enum ProductCategory {
    BATTERY,
    ELECTRONICS,
    TEXTILE,
    METAL_PARTS,
    FURNITURE,
    OTHER
}
