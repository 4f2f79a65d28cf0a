package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The newest row of an entity for each of a page of products, in one query: the highest id per product. */
final class LatestPerProduct {
    private LatestPerProduct() {}

    /**
     * {@code version} is the path from the entity to its product version ({@code productVersion},
     * {@code application.productVersion}); {@code product} reads the product id back from a row.
     */
    static <T> Map<Long, T> of(
            EntityManager em, Class<T> type, String version, Collection<Long> productIds, Function<T, Long> product) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        String entity = type.getSimpleName();
        return em.createQuery(
                        "select x from " + entity + " x where x.id in (select max(y.id) from " + entity + " y where y."
                                + version + ".product.id in :ids group by y." + version + ".product.id)",
                        type)
                .setParameter("ids", productIds)
                .getResultStream()
                .collect(Collectors.toMap(product, x -> x));
    }
}
