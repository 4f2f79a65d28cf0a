package org.tanji.core.model;

import java.util.Objects;
import org.tanji.core.factor.Gas;

/**
 * A gas released by the process itself, per unit of the part: CO2 from calcination, SF6 leaking from switchgear,
 * refrigerant losses. Characterised with the calculation's GWP set; no emission factor needed.
 *
 * @param stage null means production
 */
public record DirectEmission(String id, LifeCycleStage stage, Gas gas, Amount mass) implements Activity {

    /** The id prefix of the built-in factor of a direct emission: {@code gas:N2O} is 1 kg N2O per kg. */
    public static final String GAS_FACTOR_PREFIX = "gas:";

    public DirectEmission {
        Objects.requireNonNull(id, "activity id");
        Objects.requireNonNull(gas, "gas of direct emission '" + id + "'");
        stage = stage == null ? LifeCycleStage.PRODUCTION : stage;
        mass.requireNonNegative("direct emission '" + id + "'", "the mass of " + gas.code());
    }

    @Override
    public double quantity() {
        return mass.value();
    }

    @Override
    public ActivityLine line(int i) {
        return new ActivityLine(
                id + " (" + gas.code() + ")", mass.value(), mass.unit(), GAS_FACTOR_PREFIX + gas.code(), null, stage);
    }
}
