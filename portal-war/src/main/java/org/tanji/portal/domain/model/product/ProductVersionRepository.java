package org.tanji.portal.domain.model.product;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Frozen versions, their model texts and their calculations; implemented with JPA in infrastructure. */
public interface ProductVersionRepository {
    /** The highest version number of {@code product}, 0 when it has none. */
    int lastNumber(Product product);

    /** Stores a new version with its frozen model text. */
    void add(ProductVersion version, String modelText);

    List<ProductVersion> of(Product product);

    Optional<ProductVersion> find(Product product, int number);

    /** The model text a version froze (tanji-footprint-model/1 JSON). */
    String modelText(ProductVersion version);

    Optional<Calculation> calculation(long id);

    void addCalculation(Calculation calculation);

    /** The newest calculation of a version, if it was calculated. */
    Optional<Calculation> latestCalculation(ProductVersion version);

    /** The newest calculation of each of {@code productIds} that has one, by product id. */
    Map<Long, Calculation> latestCalculations(Collection<Long> productIds);
}
