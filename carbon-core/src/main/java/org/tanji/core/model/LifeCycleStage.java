package org.tanji.core.model;

import java.util.Locale;

/** The life-cycle stages of ISO 14067 / GB/T 24067 and the EU Battery Regulation's PCF declaration. */
public enum LifeCycleStage {
    RAW_MATERIAL_ACQUISITION("raw material acquisition and pre-processing"),
    PRODUCTION("production (main product manufacturing)"),
    DISTRIBUTION("distribution"),
    USE("use"),
    END_OF_LIFE("end of life and recycling");

    private final String description;

    LifeCycleStage(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The name used in files: {@code raw-material-acquisition}, {@code end-of-life} … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The stage for a file name such as {@code end-of-life} (case-insensitive, '_' or '-'). */
    public static LifeCycleStage ofKey(String key) {
        for (LifeCycleStage s : values()) {
            if (s.key().equalsIgnoreCase(key.strip().replace('_', '-'))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown life-cycle stage '" + key
                + "': use raw-material-acquisition, production, distribution, use or end-of-life");
    }
}
