package org.tanji.core.model;

import java.util.Objects;

/**
 * Purchased electricity, reported both ways of the GHG Protocol Scope 2 Guidance: location-based (the grid
 * region's average factor, e.g. China MEE's Fujian provincial factor) and market-based (the factor of a
 * contractual instrument — green certificate, PPA, supplier mix). Without an instrument the market-based figure
 * falls back to the grid factor.
 *
 * <pre>{@code
 * Electricity assembly = new Electricity("assembly power", null, Amount.of(12, "kWh"), "cn-grid-fj-2023", null);
 * }</pre>
 *
 * @param stage null means production
 * @param marketFactorId the contractual instrument's factor, or null
 */
public record Electricity(String id, LifeCycleStage stage, Amount amount, String gridFactorId, String marketFactorId)
        implements Activity {

    public Electricity {
        Objects.requireNonNull(id, "activity id");
        Objects.requireNonNull(gridFactorId, "grid (location-based) factor of electricity '" + id + "'");
        stage = stage == null ? LifeCycleStage.PRODUCTION : stage;
        amount.requireNonNegative("electricity '" + id + "'", "the amount");
    }

    @Override
    public double quantity() {
        return amount.value();
    }

    @Override
    public ActivityLine line(int i) {
        return new ActivityLine(id, amount.value(), amount.unit(), gridFactorId, marketFactorId, stage);
    }
}
