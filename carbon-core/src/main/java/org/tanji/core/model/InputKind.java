package org.tanji.core.model;

import java.util.Locale;

/** What an {@link Input} is, which also decides its default life-cycle stage. */
public enum InputKind {
    MATERIAL(LifeCycleStage.RAW_MATERIAL_ACQUISITION),
    PACKAGING(LifeCycleStage.PRODUCTION),
    FUEL(LifeCycleStage.PRODUCTION),
    PROCESS(LifeCycleStage.PRODUCTION),
    /** A purchased good or service valued in money, for spend-based factors. */
    SPEND(LifeCycleStage.RAW_MATERIAL_ACQUISITION);

    private final LifeCycleStage defaultStage;

    InputKind(LifeCycleStage defaultStage) {
        this.defaultStage = defaultStage;
    }

    public LifeCycleStage defaultStage() {
        return defaultStage;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind written {@code key} ({@code material}, {@code packaging} …; case-insensitive).
     *
     * @throws IllegalArgumentException listing the kinds when {@code key} is none of them
     */
    public static InputKind ofKey(String key) {
        for (InputKind k : values()) {
            if (k.key().equalsIgnoreCase(key.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "unknown kind '" + key + "': use material, packaging, fuel, process, spend" + " or electricity");
    }
}
