package org.tanji.core.calc;

import java.util.Objects;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.result.FootprintResult;

/**
 * Calculates product carbon footprints. Thread-safe and stateless apart from its factor source.
 *
 * <pre>{@code
 * FootprintCalculator calculator = FootprintCalculator.using(factorLibrary);
 * FootprintResult result = calculator.calculate(model);
 * FootprintResult ar5 = calculator.calculate(CalculationSetup.of(model).withGwpSet(GwpSet.AR5));
 * }</pre>
 *
 * <p>Factors the model brings itself are looked up first, then the calculator's source. Bad input fails with a
 * subclass of {@link org.tanji.core.error.FootprintException} that names the line and says what to fix.
 */
public final class FootprintCalculator {
    private final FactorSource factors;

    private FootprintCalculator(FactorSource factors) {
        this.factors = Objects.requireNonNull(factors, "factor source");
    }

    /** A calculator looking up factors in {@code factors} (after the model's own). */
    public static FootprintCalculator using(FactorSource factors) {
        return new FootprintCalculator(factors);
    }

    /** The footprint of {@code model} with the default setup (IPCC AR6, location-based electricity). */
    public FootprintResult calculate(FootprintModel model) {
        return calculate(CalculationSetup.of(model));
    }

    public FootprintResult calculate(CalculationSetup setup) {
        FootprintModel model = setup.model();
        FactorSource source = model.factors().isEmpty()
                ? factors
                : FactorSource.of(model.factors()).orElse(factors);
        BomGraph graph = BomGraph.of(model);
        return new InventoryPass(setup, graph, new FactorTable(source, setup.gwpSet())).run();
    }
}
