package org.tanji.examples;

import java.util.List;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.Gas;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.Electricity;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.Part;
import org.tanji.core.result.FootprintResult;

/** How another Java program embeds carbon-core: a product, two factors, one call. */
public final class EmbedFootprint {
    public static void main(String[] args) {
        FactorSource factors = FactorSource.of(List.of(
                EmissionFactor.builder("steel", "kg").gas(Gas.CO2_FOSSIL, 2.0).build(),
                EmissionFactor.builder("fujian-grid-2023", "kWh")
                        .gas(Gas.CO2_FOSSIL, 0.4211)
                        .build()));
        FootprintModel bracket = FootprintModel.builder("Steel bracket")
                .declaredUnit(DeclaredUnit.of(1, "piece", "one bracket"))
                .part(Part.of("bracket", "steel bracket")
                        .withActivities(List.of(
                                Input.material("steel", Amount.of(1.2, "kg"), "steel"),
                                new Electricity("stamping", null, Amount.of(0.5, "kWh"), "fujian-grid-2023", null))))
                .build();
        FootprintResult result = FootprintCalculator.using(factors).calculate(bracket);
        System.out.printf(
                java.util.Locale.ROOT,
                "%s: %.4f kg CO2e per %s%n",
                result.product(),
                result.total(),
                result.declaredUnit());
    }
}
