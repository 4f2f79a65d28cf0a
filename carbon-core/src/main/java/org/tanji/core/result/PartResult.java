package org.tanji.core.result;

/**
 * One BOM part per declared unit: how many units are needed, what its own activities emit (direct) and what it
 * emits with everything it is made of (cumulative, the roll-up). The root's cumulative is the total.
 */
public record PartResult(
        String partId, String name, String unit, double demand, double directKgCo2e, double cumulativeKgCo2e) {}
