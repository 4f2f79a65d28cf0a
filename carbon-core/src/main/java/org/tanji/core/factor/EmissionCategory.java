package org.tanji.core.factor;

/**
 * Where an emission's carbon comes from. ISO 14067 and PACT report these apart: fossil emissions, biogenic
 * emissions, biogenic removals (uptake, counted negative) and direct land-use change.
 */
public enum EmissionCategory {
    FOSSIL,
    BIOGENIC_EMISSION,
    BIOGENIC_REMOVAL,
    LAND_USE_CHANGE;

    /** The name used in files: {@code fossil}, {@code biogenic-emission}, … */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The category for a file name such as {@code biogenic-removal}. */
    public static EmissionCategory ofKey(String key) {
        for (EmissionCategory c : values()) {
            if (c.key().equalsIgnoreCase(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown emission category '" + key
                + "': use fossil, biogenic-emission, biogenic-removal or land-use-change");
    }
}
