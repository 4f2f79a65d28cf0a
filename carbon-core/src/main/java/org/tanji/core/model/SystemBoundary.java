package org.tanji.core.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which life-cycle stages a footprint covers: one of the three named boundaries, or a custom list of stages (for
 * example manufacture and end of life only, as a take-back scheme reports). A result prints its boundary's
 * stages, so a custom boundary is never mistaken for a named one.
 *
 * <pre>{@code
 * SystemBoundary b = SystemBoundary.custom(List.of(LifeCycleStage.PRODUCTION, LifeCycleStage.END_OF_LIFE));
 * b.key();          // "custom"
 * b.description();  // "custom: production, end-of-life"
 * }</pre>
 */
public final class SystemBoundary {
    /** Raw materials and production, up to the factory gate: the B2B footprint most exporters declare. */
    public static final SystemBoundary CRADLE_TO_GATE = new SystemBoundary(
            "cradle-to-gate", EnumSet.of(LifeCycleStage.RAW_MATERIAL_ACQUISITION, LifeCycleStage.PRODUCTION));
    /** Only the manufacturer's own production. */
    public static final SystemBoundary GATE_TO_GATE =
            new SystemBoundary("gate-to-gate", EnumSet.of(LifeCycleStage.PRODUCTION));
    /** Every stage, through use and end of life: the consumer-label footprint. */
    public static final SystemBoundary CRADLE_TO_GRAVE =
            new SystemBoundary("cradle-to-grave", EnumSet.allOf(LifeCycleStage.class));
    /** The key of a boundary given by its stages. */
    public static final String CUSTOM = "custom";

    private static final List<SystemBoundary> NAMED = List.of(CRADLE_TO_GATE, GATE_TO_GATE, CRADLE_TO_GRAVE);

    private final String key;
    private final Set<LifeCycleStage> stages;

    private SystemBoundary(String key, Set<LifeCycleStage> stages) {
        this.key = key;
        this.stages = Collections.unmodifiableSet(EnumSet.copyOf(stages));
    }

    /**
     * The boundary of exactly {@code stages}: a named one when they are a named boundary's stages, else custom.
     *
     * @throws IllegalArgumentException for no stages
     */
    public static SystemBoundary custom(Collection<LifeCycleStage> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a custom system boundary needs at least one life-cycle stage");
        }
        Set<LifeCycleStage> set = EnumSet.copyOf(stages);
        for (SystemBoundary b : NAMED) {
            if (b.stages.equals(set)) {
                return b;
            }
        }
        return new SystemBoundary(CUSTOM, set);
    }

    public boolean includes(LifeCycleStage stage) {
        return stages.contains(stage);
    }

    /** The stages inside this boundary, in life-cycle order. */
    public Set<LifeCycleStage> stages() {
        return stages;
    }

    /** {@code cradle-to-gate}, {@code gate-to-gate}, {@code cradle-to-grave} or {@code custom}. */
    public String key() {
        return key;
    }

    public boolean isCustom() {
        return key.equals(CUSTOM);
    }

    /** The key, and for a custom boundary its stages: {@code custom: production, end-of-life}. */
    public String description() {
        return isCustom()
                ? key + ": " + stages.stream().map(LifeCycleStage::key).collect(Collectors.joining(", "))
                : key;
    }

    /**
     * The named boundary for {@code cradle-to-gate}, {@code gate-to-gate} or {@code cradle-to-grave}
     * (case-insensitive, '_' or '-'); a custom boundary is made with {@link #custom}.
     */
    public static SystemBoundary ofKey(String key) {
        for (SystemBoundary b : NAMED) {
            if (b.key.equalsIgnoreCase(key.strip().replace('_', '-'))) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown system boundary '" + key + "': use cradle-to-gate, gate-to-gate or"
                + " cradle-to-grave, or custom with the stages it includes");
    }

    /**
     * A boundary as a person types it: a named key, or the stages it includes separated by commas
     * ({@code production,end-of-life}).
     */
    public static SystemBoundary parse(String text) {
        if (!text.contains(",")) {
            try {
                return ofKey(text);
            } catch (IllegalArgumentException e) {
                return custom(List.of(LifeCycleStage.ofKey(text))); // one stage, or the stage's own error
            }
        }
        List<LifeCycleStage> stages = new java.util.ArrayList<>();
        for (String s : text.split(",")) {
            stages.add(LifeCycleStage.ofKey(s));
        }
        return custom(stages);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SystemBoundary b && b.key.equals(key) && b.stages.equals(stages);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + stages.hashCode();
    }

    @Override
    public String toString() {
        return description();
    }
}
