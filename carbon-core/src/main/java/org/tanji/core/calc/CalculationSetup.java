package org.tanji.core.calc;

import java.util.Objects;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.model.ElectricityMethod;
import org.tanji.core.model.FootprintModel;

/**
 * What to calculate and how: the model, the GWP set (IPCC AR6 by default), which electricity figure the total
 * uses (location-based by default) and what to do with activities outside the system boundary (fail, by
 * default).
 *
 * <pre>{@code
 * CalculationSetup setup = CalculationSetup.of(model)
 *     .withGwpSet(GwpSet.AR5)
 *     .withElectricityMethod(ElectricityMethod.MARKET_BASED)
 *     .excludingStagesOutsideBoundary();
 * }</pre>
 */
public final class CalculationSetup {
    private final FootprintModel model;
    private final GwpSet gwpSet;
    private final ElectricityMethod electricityMethod;
    private final boolean excludeStagesOutsideBoundary;

    private CalculationSetup(
            FootprintModel model, GwpSet gwpSet, ElectricityMethod electricityMethod, boolean exclude) {
        this.model = Objects.requireNonNull(model, "model");
        this.gwpSet = GwpSet.requireForCalculation(gwpSet);
        this.electricityMethod = Objects.requireNonNull(electricityMethod, "electricity method");
        this.excludeStagesOutsideBoundary = exclude;
    }

    /** Calculates {@code model} with IPCC AR6, location-based electricity, failing on stages outside the boundary. */
    public static CalculationSetup of(FootprintModel model) {
        return new CalculationSetup(model, GwpSet.AR6, ElectricityMethod.LOCATION_BASED, false);
    }

    public CalculationSetup withGwpSet(GwpSet gwpSet) {
        return new CalculationSetup(model, gwpSet, electricityMethod, excludeStagesOutsideBoundary);
    }

    public CalculationSetup withElectricityMethod(ElectricityMethod method) {
        return new CalculationSetup(model, gwpSet, method, excludeStagesOutsideBoundary);
    }

    /**
     * Leaves activities of stages outside the model's boundary out of the totals (and lists them in the result)
     * instead of failing — e.g. to report a cradle-to-grave model cradle-to-gate.
     */
    public CalculationSetup excludingStagesOutsideBoundary() {
        return new CalculationSetup(model, gwpSet, electricityMethod, true);
    }

    public FootprintModel model() {
        return model;
    }

    public GwpSet gwpSet() {
        return gwpSet;
    }

    public ElectricityMethod electricityMethod() {
        return electricityMethod;
    }

    public boolean excludesStagesOutsideBoundary() {
        return excludeStagesOutsideBoundary;
    }
}
