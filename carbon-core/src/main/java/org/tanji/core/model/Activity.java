package org.tanji.core.model;

/**
 * Something a part needs or causes, per one unit of the part: a material, electricity, a fuel, a direct
 * emission, a transport leg, the use phase, the end of life, or a material under the Circular Footprint Formula. Each activity yields one or more
 * {@link ActivityLine}s of amount × emission factor.
 */
public sealed interface Activity
        permits Input, Electricity, DirectEmission, TransportLeg, UsePhase, EndOfLife, CircularMaterial {

    /** Identifies the activity within its part; unique there. */
    String id();

    /** The number of lines this activity yields: one, unless the activity splits (routes, recycled content). */
    default int lineCount() {
        return 1;
    }

    /**
     * The quantity an uncertainty distribution on this activity describes: its amount (a transport leg: t·km; the
     * use phase: the energy over the lifetime), in the unit the model states it.
     */
    double quantity();

    /** Line {@code i} (0 ≤ i &lt; {@link #lineCount()}). */
    ActivityLine line(int i);

    /**
     * For a transport leg, what it carries how far when its part is needed {@code unitsOfPart} times; null for every
     * other activity.
     */
    default TransportWork transportWork(double unitsOfPart) {
        return null;
    }

    /** The life-cycle stage of line {@code i}. */
    default LifeCycleStage stage(int i) {
        return line(i).stage();
    }
}
