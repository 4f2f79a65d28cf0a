package org.tanji.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.Gas;
import org.tanji.core.model.Allocation;
import org.tanji.core.model.Allocation.AllocationMethod;
import org.tanji.core.model.Allocation.CoProduct;
import org.tanji.core.model.Amount;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.InputKind;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.Part;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.model.TransportLeg;
import org.tanji.core.result.FootprintResult;

/** Allocation, biogenic carbon, transport work and boundaries, each worked by hand. */
class AccountingRulesTest {
    private static final FactorSource FACTORS = FactorSource.of(List.of(
            PublishedFactors.DIESEL_LITRE,
            PublishedFactors.HGV_RIGID_17T,
            // 1 kg dry wood: 1.65 kg biogenic CO2 taken up while growing (carbon content 45 % × 44/12 ≈ 1.65)
            EmissionFactor.builder("wood-growth", "kg")
                    .gas(Gas.CO2_BIOGENIC_REMOVAL, 1.65)
                    .build(),
            EmissionFactor.builder("wood-burning", "kg")
                    .gas(Gas.CO2_BIOGENIC, 1.65)
                    .gas(Gas.CH4_BIOGENIC, 0.0001)
                    .build(),
            EmissionFactor.builder("forest-clearing", "kg")
                    .gas(Gas.CO2_LAND_USE_CHANGE, 0.2)
                    .build()));
    private static final FootprintCalculator CALC = FootprintCalculator.using(FACTORS);

    /** A refinery run: 1000 L of diesel fuel for 800 kg of product A and 200 kg of co-product B. */
    private static FootprintModel refinery(AllocationMethod method) {
        Part run = Part.of("a", "product A")
                .withUnit(org.tanji.core.unit.ActivityUnits.KILOGRAM)
                .withActivities(List.of(Input.of("fuel", InputKind.FUEL, Amount.of(1000, "L"), "diesel-litre")))
                .withAllocation(new Allocation(
                        method,
                        "A",
                        List.of(new CoProduct("A", 800, 1.0, 30_000), new CoProduct("B", 200, 6.0, 10_000))));
        Part product = Part.of("product", "1 kg of A").withComponents(List.of(BomLine.of("a", 1)));
        return FootprintModel.builder("A")
                .declaredUnit(DeclaredUnit.of(1, "kg", null))
                .root("product")
                .part(product)
                .part(run)
                .build();
    }

    @Test
    void multiOutputProcessesShareBurdensByTheChosenBasis() {
        double run = 1000 * 2.51279; // kg CO2e of one run
        // mass: A gets 800/1000 of the run, spread over 800 kg → run × 0.8 / 800 per kg
        assertEquals(
                run * 0.8 / 800, CALC.calculate(refinery(AllocationMethod.MASS)).total(), 1e-12);
        // economic: revenues 800 × 1 = 800 and 200 × 6 = 1200 → A gets 0.4
        assertEquals(
                run * 0.4 / 800,
                CALC.calculate(refinery(AllocationMethod.ECONOMIC)).total(),
                1e-12);
        // physical (energy content 30 000 MJ vs 10 000 MJ) → A gets 0.75
        assertEquals(
                run * 0.75 / 800,
                CALC.calculate(refinery(AllocationMethod.PHYSICAL)).total(),
                1e-12);
    }

    @Test
    void biogenicUptakeEmissionsAndLandUseChangeAreReportedApart() {
        Part pallet = Part.of("pallet", "wooden pallet")
                .withActivities(List.of(
                        Input.material("wood", Amount.of(20, "kg"), "wood-growth"),
                        Input.material("clearing", Amount.of(20, "kg"), "forest-clearing"),
                        Input.of("burnt offcuts", InputKind.PROCESS, Amount.of(2, "kg"), "wood-burning")));
        FootprintResult r = CALC.calculate(FootprintModel.builder("pallet")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(pallet)
                .build());
        assertEquals(-20 * 1.65, r.totals().biogenicRemovals(), 1e-12);
        assertEquals(2 * 1.65 + 2 * 0.0001 * 27.0, r.totals().biogenicEmissions(), 1e-12); // AR6 biogenic CH4: 27.0
        assertEquals(20 * 0.2, r.totals().landUseChange(), 1e-12);
        assertEquals(0, r.totals().fossil(), 1e-12);
        assertEquals(4.0, r.totals().excludingBiogenic(), 1e-12);
        assertEquals(-33 + 3.3 + 0.0054 + 4, r.total(), 1e-12);
    }

    @Test
    void transportWorkCountsTheEmptyReturn() {
        Part crate = Part.of("crate", "crate")
                .withActivities(List.of(new TransportLeg(
                        "to port",
                        LifeCycleStage.DISTRIBUTION,
                        Amount.of(800, "kg"),
                        Amount.of(120, "mi"),
                        "truck",
                        0.5,
                        "hgv-rigid-17t")));
        FootprintResult r = CALC.calculate(FootprintModel.builder("crate")
                .boundary(SystemBoundary.CRADLE_TO_GRAVE)
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(crate)
                .build());
        // 0.8 t × 193.12128 km (120 mi) × 1.5 = 231.745536 t·km × 0.15398 kg CO2e/t·km
        assertEquals(0.8 * 120 * 1.609344 * 1.5 * 0.15398, r.stage(LifeCycleStage.DISTRIBUTION), 1e-9);
        assertEquals(0, r.stage(LifeCycleStage.PRODUCTION), 0);
    }

    @Test
    void gateToGateCountsProductionOnly() {
        Part p = Part.of("p", "p")
                .withActivities(List.of(Input.of("fuel", InputKind.FUEL, Amount.of(3, "L"), "diesel-litre")));
        FootprintResult r = CALC.calculate(FootprintModel.builder("p")
                .boundary(SystemBoundary.GATE_TO_GATE)
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(p)
                .build());
        assertEquals(3 * 2.51279, r.total(), 1e-12);
        assertEquals(java.util.Set.of(LifeCycleStage.PRODUCTION), r.byStage().keySet());
    }
}
