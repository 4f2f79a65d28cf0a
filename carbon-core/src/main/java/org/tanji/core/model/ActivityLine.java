package org.tanji.core.model;

import javax.measure.Unit;

/**
 * One amount times one emission factor: what an {@link Activity} contributes to the inventory, per unit of its
 * part. Most activities are one line; a material with recycled content is two (virgin and recycled), an end of
 * life is one per treatment route.
 *
 * @param label what the line is, e.g. "aluminium (recycled share, cut-off)"
 * @param amount amount per unit of the part, in {@code unit}
 * @param factorId the emission factor applied (location-based grid factor for electricity)
 * @param marketFactorId for purchased electricity, the market-based instrument's factor; else null
 */
public record ActivityLine(
        String label, double amount, Unit<?> unit, String factorId, String marketFactorId, LifeCycleStage stage) {}
