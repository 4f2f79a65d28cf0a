package org.tanji.core.factor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the calculator finds emission factors by id. The emission-factors module implements it for the shipped
 * datasets; a user's own supplier data or a test can implement it too.
 *
 * <pre>{@code
 * FactorSource mine = FactorSource.of(List.of(supplierPcf));
 * FactorSource all = mine.orElse(library); // supplier data first, then the library
 * }</pre>
 */
@FunctionalInterface
public interface FactorSource {

    /** The factor with this id, or empty if this source does not know it. */
    Optional<EmissionFactor> find(String id);

    /** A source that knows nothing. */
    static FactorSource empty() {
        return id -> Optional.empty();
    }

    /** A source over these factors; ids must be unique. */
    static FactorSource of(Collection<EmissionFactor> factors) {
        Map<String, EmissionFactor> byId = new LinkedHashMap<>();
        for (EmissionFactor f : factors) {
            if (byId.put(f.id(), f) != null) {
                throw new IllegalArgumentException("emission factor id '" + f.id() + "' is defined twice");
            }
        }
        return id -> Optional.ofNullable(byId.get(id));
    }

    /** Asks this source first and {@code next} for what this one does not know. */
    default FactorSource orElse(FactorSource next) {
        return id -> {
            Optional<EmissionFactor> f = find(id);
            return f.isPresent() ? f : next.find(id);
        };
    }
}
