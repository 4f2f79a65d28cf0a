package org.tanji.core.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.CalculationSetup;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.calc.solver.SystemSolver;
import org.tanji.core.error.MissingGwpSetException;
import org.tanji.core.error.MissingGwpValueException;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.DirectEmission;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Part;
import org.tanji.core.result.GasResult;

/** GWP100 values typed from the IPCC reports (AR6 WG I Table 7.15 / 7.SM.7; AR5 Table 8.A.1; AR4 Table 2.14). */
class GwpSetTest {

    @Test
    void ipccValuesAsPublished() {
        assertEquals(29.8, GwpSet.AR6.gwp(Gas.CH4_FOSSIL).orElseThrow());
        assertEquals(27.0, GwpSet.AR6.gwp(Gas.CH4_BIOGENIC).orElseThrow());
        assertEquals(273, GwpSet.AR6.gwp(Gas.N2O).orElseThrow());
        assertEquals(25200, GwpSet.AR6.gwp(Gas.SF6).orElseThrow());
        assertEquals(1530, GwpSet.AR6.gwp(Gas.of("HFC-134a")).orElseThrow());
        assertEquals(28, GwpSet.AR5.gwp(Gas.CH4_BIOGENIC).orElseThrow());
        assertEquals(265, GwpSet.AR5.gwp(Gas.N2O).orElseThrow());
        assertEquals(1300, GwpSet.AR5.gwp(Gas.of("hfc-134a")).orElseThrow());
        assertEquals(25, GwpSet.AR4.gwp(Gas.CH4_FOSSIL).orElseThrow());
        assertEquals(298, GwpSet.AR4.gwp(Gas.N2O).orElseThrow());
        assertEquals(22800, GwpSet.AR4.gwp(Gas.SF6).orElseThrow());
        assertEquals(-1, GwpSet.AR6.gwp(Gas.CO2_BIOGENIC_REMOVAL).orElseThrow());
    }

    private static FootprintModel leak(String gas, double kg) {
        return FootprintModel.builder("switchgear")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(Part.of("p", "p")
                        .withActivities(List.of(new DirectEmission("leak", null, Gas.of(gas), Amount.of(kg, "kg")))))
                .build();
    }

    @Test
    void perGasFactorsAreCharacterisedWithTheChosenSet() {
        FootprintCalculator calc = FootprintCalculator.using(FactorSource.empty());
        // 0.5 kg fossil methane: AR6 0.5 × 29.8 = 14.9; AR5 0.5 × 30 = 15; AR4 0.5 × 25 = 12.5
        assertEquals(14.9, calc.calculate(leak("CH4-fossil", 0.5)).total(), 1e-12);
        assertEquals(
                15.0,
                calc.calculate(CalculationSetup.of(leak("CH4-fossil", 0.5)).withGwpSet(GwpSet.AR5))
                        .total(),
                1e-12);
        assertEquals(
                12.5,
                calc.calculate(CalculationSetup.of(leak("CH4-fossil", 0.5)).withGwpSet(GwpSet.AR4))
                        .total(),
                1e-12);
        GasResult sf6 = calc.calculate(leak("SF6", 0.002)).byGas().get(0);
        assertEquals("SF6", sf6.gas());
        assertEquals(0.002, sf6.kgGas(), 1e-15);
        assertEquals(0.002 * 25200, sf6.kgCo2e(), 1e-9);
    }

    @Test
    void aGasMissingFromACustomSetIsAnError() {
        GwpSet co2Only = GwpSet.of("CO2 only", java.util.Map.of(Gas.CO2_FOSSIL, 1.0));
        MissingGwpValueException e = assertThrows(
                MissingGwpValueException.class,
                () -> FootprintCalculator.using(FactorSource.empty())
                        .calculate(CalculationSetup.of(leak("N2O", 1)).withGwpSet(co2Only)));
        assertEquals(
                "The GWP set CO2 only has no value for N2O (used by gas:N2O): choose another GWP set or give the"
                        + " factor as CO2e",
                e.getMessage());
    }

    @Test
    void aCalculationWithoutAGwpSetIsANamedError() {
        FootprintModel m = FootprintModel.builder("x")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(Part.of("p", "p"))
                .build();
        assertEquals(
                "No GWP set was given for the calculation: choose GwpSet.AR6 (the default, IPCC AR6 WG1 Table"
                        + " 7.15), AR5 or AR4",
                assertThrows(
                                MissingGwpSetException.class,
                                () -> CalculationSetup.of(m).withGwpSet(null))
                        .getMessage());
        assertThrows(MissingGwpSetException.class, () -> CalculationSetup.of(m).withGwpSet(GwpSet.UNSTATED));
        assertThrows(MissingGwpSetException.class, () -> SystemSolver.of(null, null));
    }

    @Test
    void sarAndAr5WithClimateCarbonFeedbacksAsPublished() {
        // IPCC SAR (1995) WG1 GWP100, as compiled in the GHG Protocol's "Global Warming Potential Values" (Feb 2016)
        assertEquals(21, GwpSet.SAR.gwp(Gas.CH4_FOSSIL).orElseThrow());
        assertEquals(310, GwpSet.SAR.gwp(Gas.N2O).orElseThrow());
        assertEquals(23900, GwpSet.SAR.gwp(Gas.SF6).orElseThrow());
        assertEquals(1300, GwpSet.SAR.gwp(Gas.of("HFC-134a")).orElseThrow());
        assertEquals(11700, GwpSet.SAR.gwp(Gas.of("HFC-23")).orElseThrow());
        assertEquals(java.util.Optional.empty(), GwpSet.SAR.gwp(Gas.NF3)); // not assessed in SAR
        // IPCC AR5 WG1 Table 8.7 / 8.SM.16, with climate-carbon feedbacks: CH4 34 (fossil +2), N2O 298
        GwpSet cc = GwpSet.named("AR5-cc");
        assertEquals(34, cc.gwp(Gas.CH4_BIOGENIC).orElseThrow());
        assertEquals(36, cc.gwp(Gas.CH4_FOSSIL).orElseThrow());
        assertEquals(298, cc.gwp(Gas.N2O).orElseThrow());
        assertEquals(26087, cc.gwp(Gas.SF6).orElseThrow());
        assertEquals(1549, cc.gwp(Gas.of("HFC-134a")).orElseThrow());
        assertEquals("IPCC AR5 GWP100 with climate-carbon feedbacks", cc.toString());
        assertEquals("AR5-cc", cc.name());
        assertEquals("IPCC AR5 GWP100", GwpSet.AR5.toString());
    }

    @Test
    void methaneWithoutItsOriginCountsAsFossilAndTheResultSaysSo() {
        FootprintCalculator calc = FootprintCalculator.using(FactorSource.empty());
        // AR6 WG1 Table 7.15: fossil 29.8, non-fossil 27.0; AR5: 30 and 28
        var stated = calc.calculate(leak("CH4-biogenic", 1));
        assertEquals(27.0, stated.total(), 1e-12);
        assertEquals(java.util.List.of(), stated.warnings());
        var plain = calc.calculate(leak("CH4", 1));
        assertEquals(29.8, plain.total(), 1e-12);
        assertEquals(
                java.util.List.of("1 factor(s) state CH4 without its origin; counted as CH4-fossil (AR6 GWP 29.8):"
                        + " write CH4-fossil or CH4-biogenic to state it: gas:CH4"),
                plain.warnings());
        assertEquals("CH4-fossil", plain.byGas().get(0).gas()); // listed as the gas it is counted as
        assertEquals(
                30.0,
                calc.calculate(CalculationSetup.of(leak("CH4", 1)).withGwpSet(GwpSet.AR5))
                        .total(),
                1e-12);
    }
}
