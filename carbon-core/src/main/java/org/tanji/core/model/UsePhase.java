package org.tanji.core.model;

import java.util.Objects;
import org.tanji.core.error.InvalidAmountException;

/**
 * Energy the product consumes in use: energy per use × uses over its lifetime, times the factor of that energy
 * (usually a grid electricity factor of the market where it is used).
 *
 * <pre>{@code
 * UsePhase charging = new UsePhase("charging", Amount.of(0.012, "kWh"), 3 * 365 * 2, "eu-grid-2023");
 * }</pre>
 */
public record UsePhase(String id, Amount energyPerUse, double usesOverLifetime, String factorId) implements Activity {

    public UsePhase {
        Objects.requireNonNull(id, "activity id");
        Objects.requireNonNull(factorId, "emission factor of use phase '" + id + "'");
        energyPerUse.requireNonNegative("use phase '" + id + "'", "the energy per use");
        if (!(usesOverLifetime >= 0) || Double.isInfinite(usesOverLifetime)) {
            throw new InvalidAmountException(
                    "use phase '" + id + "'", "the number of uses over the lifetime", usesOverLifetime);
        }
    }

    @Override
    public double quantity() {
        return energyPerUse.value() * usesOverLifetime;
    }

    @Override
    public ActivityLine line(int i) {
        return new ActivityLine(
                id + " (" + energyPerUse + " × "
                        + java.math.BigDecimal.valueOf(usesOverLifetime)
                                .stripTrailingZeros()
                                .toPlainString() + " uses)",
                energyPerUse.value() * usesOverLifetime,
                energyPerUse.unit(),
                factorId,
                null,
                LifeCycleStage.USE);
    }
}
