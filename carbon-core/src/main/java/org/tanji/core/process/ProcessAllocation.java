package org.tanji.core.process;

import java.util.Locale;

/** How a process with several products shares its inputs, emissions and credits among them. */
public enum ProcessAllocation {
    /** By a physical property of each output (amount × property, e.g. energy content). */
    PHYSICAL,
    /** By the outputs' masses (their amounts must be masses). */
    MASS,
    /** By the outputs' revenue: amount × price. */
    ECONOMIC,
    /** Equal shares. */
    EQUAL,
    /** Shares stated on each output. */
    MANUAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProcessAllocation ofKey(String key) {
        for (ProcessAllocation a : values()) {
            if (a.key().equalsIgnoreCase(key.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                "unknown allocation method '" + key + "': use physical, mass, economic, equal or manual");
    }
}
