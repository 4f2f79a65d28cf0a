package org.tanji.core.model;

import java.util.Locale;

/**
 * Which purchased-electricity figure counts in the footprint's total (GHG Protocol Scope 2 Guidance). Both are
 * always reported; this chooses the one the total uses.
 */
public enum ElectricityMethod {
    /** The grid region's average factor. The default: it needs no evidence of contractual instruments. */
    LOCATION_BASED,
    /** The contractual instrument's factor where one is stated, else the grid factor. */
    MARKET_BASED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ElectricityMethod ofKey(String key) {
        for (ElectricityMethod m : values()) {
            if (m.key().equalsIgnoreCase(key.strip().replace('_', '-'))) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "unknown electricity method '" + key + "': use location-based or market-based");
    }
}
