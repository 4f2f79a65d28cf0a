package org.tanji.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tanji.core.calc.PublishedFactors.ALUMINIUM_CLOSED_LOOP;
import static org.tanji.core.calc.PublishedFactors.ALUMINIUM_PRIMARY;
import static org.tanji.core.calc.PublishedFactors.DIESEL_LITRE;
import static org.tanji.core.calc.PublishedFactors.FUJIAN_GRID_2023;
import static org.tanji.core.calc.PublishedFactors.GREEN_CERTIFICATE;
import static org.tanji.core.calc.PublishedFactors.HGV_RIGID_17T;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.model.Amount;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.Electricity;
import org.tanji.core.model.ElectricityMethod;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.InputKind;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.Part;
import org.tanji.core.model.RecycledContent;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.model.TransportLeg;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.result.LineResult;
import org.tanji.core.result.PartResult;

class FootprintCalculatorTest {
    private static final double EPS = 1e-9;
    private static final FactorSource FACTORS = FactorSource.of(List.of(
            ALUMINIUM_PRIMARY,
            ALUMINIUM_CLOSED_LOOP,
            HGV_RIGID_17T,
            DIESEL_LITRE,
            FUJIAN_GRID_2023,
            GREEN_CERTIFICATE));

    /** A lamp: an aluminium housing trucked in, assembled with Fujian grid power and a forklift on diesel. */
    private static FootprintModel lamp() {
        Part housing = Part.of("housing", "die-cast housing")
                .withActivities(List.of(
                        Input.material("aluminium", Amount.of(2500, "g"), "aluminium-primary"),
                        new TransportLeg(
                                "inbound",
                                LifeCycleStage.RAW_MATERIAL_ACQUISITION,
                                Amount.of(2.5, "kg"),
                                Amount.of(500, "km"),
                                "HGV",
                                0,
                                "hgv-rigid-17t")));
        Part lamp = Part.of("lamp", "desk lamp")
                .withComponents(List.of(BomLine.of("housing", 1)))
                .withActivities(List.of(
                        new Electricity("assembly", null, Amount.of(12, "kWh"), "cn-fj-grid-2023", "green-certificate"),
                        Input.of("forklift", InputKind.FUEL, Amount.of(0.1, "L"), "diesel-litre")));
        return FootprintModel.builder("Desk lamp")
                .declaredUnit(DeclaredUnit.of(1, "piece", "one lamp"))
                .boundary(SystemBoundary.CRADLE_TO_GATE)
                .root("lamp")
                .part(lamp)
                .part(housing)
                .build();
    }

    @Test
    void addsPublishedFactorsTimesAmountsByHand() {
        FootprintResult r = FootprintCalculator.using(FACTORS).calculate(lamp());
        // aluminium: 2500 g = 0.0025 t × 9106.91851 kg CO2e/t      = 22.767296275
        // inbound:   0.0025 t × 500 km = 1.25 t·km × 0.15398        =  0.192475
        // assembly:  12 kWh × 0.4211 kg CO2/kWh (location-based)    =  5.0532
        // forklift:  0.1 L × 2.51279 kg CO2e/L                      =  0.251279
        assertEquals(22.767296275 + 0.192475 + 5.0532 + 0.251279, r.total(), EPS);
        assertEquals(22.767296275 + 0.192475, r.stage(LifeCycleStage.RAW_MATERIAL_ACQUISITION), EPS);
        assertEquals(5.0532 + 0.251279, r.stage(LifeCycleStage.PRODUCTION), EPS);
        assertEquals(r.total(), r.totals().fossil(), EPS);
        assertEquals("AR6", r.gwpSet());
    }

    @Test
    void reportsElectricityBothWaysAndUsesTheChosenOneInTheTotal() {
        FootprintResult location = FootprintCalculator.using(FACTORS).calculate(lamp());
        FootprintResult market = FootprintCalculator.using(FACTORS)
                .calculate(CalculationSetup.of(lamp()).withElectricityMethod(ElectricityMethod.MARKET_BASED));
        assertEquals(5.0532, location.electricity().locationBasedKgCo2e(), EPS);
        assertEquals(0.0, location.electricity().marketBasedKgCo2e(), EPS);
        assertEquals(location.total() - 5.0532, market.total(), EPS);
        LineResult assembly = market.lines().stream()
                .filter(l -> l.activityId().equals("assembly"))
                .findFirst()
                .orElseThrow();
        assertEquals("green-certificate", assembly.factorId());
        assertEquals(5.0532, assembly.alternativeKgCo2e(), EPS);
    }

    @Test
    void rollsUpPartsAndTheRootsCumulativeIsTheTotal() {
        FootprintResult r = FootprintCalculator.using(FACTORS).calculate(lamp());
        PartResult lamp = r.byPart().get(0);
        PartResult housing = r.byPart().get(1);
        assertEquals("lamp", lamp.partId());
        assertEquals(5.0532 + 0.251279, lamp.directKgCo2e(), EPS);
        assertEquals(22.767296275 + 0.192475, housing.cumulativeKgCo2e(), EPS);
        assertEquals(r.total(), lamp.cumulativeKgCo2e(), EPS);
    }

    @Test
    void traceEveryLineToItsFactorSourceAndGwpSet() {
        FootprintResult r = FootprintCalculator.using(FACTORS).calculate(lamp());
        LineResult al = r.hotspots(1).get(0);
        assertEquals("housing/aluminium", al.lineId());
        assertEquals(2500, al.amount(), EPS);
        assertEquals("g", al.unit());
        assertEquals(0.0025, al.amountInFactorUnit(), EPS);
        assertEquals(9106.91851, al.factorKgCo2ePerUnit(), EPS);
        assertEquals("desnz-2024 1.1", al.factorProvenance().datasetVersion());
        assertEquals("AR5", al.gwpSet()); // DESNZ's CO2e is made with AR5, whatever set the calculation uses
        assertNotNull(r.byFactor().get(0).provenance());
        assertEquals("aluminium-primary", r.byFactor().get(0).factorId());
        assertEquals(4, r.lines().size());
    }

    @Test
    void splitsRecycledContentByTheCutOffApproach() {
        Part can = Part.of("can", "can")
                .withActivities(List.of(Input.material("aluminium", Amount.of(1, "kg"), "aluminium-primary")
                        .withRecycledContent(new RecycledContent(0.4, "aluminium-closed-loop"))));
        FootprintModel m = FootprintModel.builder("can")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(can)
                .build();
        // 0.6 kg virgin × 9.10691851 kg/kg + 0.4 kg recycled × 0.9904781 kg/kg
        assertEquals(
                0.6 * 9.10691851 + 0.4 * 0.9904781,
                FootprintCalculator.using(FACTORS).calculate(m).total(),
                EPS);
    }

    @Test
    void scalesSharedPartsScrapAndTheReferenceFlow() {
        Part bolt = Part.of("bolt", "bolt")
                .withActivities(List.of(Input.material("al", Amount.of(10, "g"), "aluminium-primary")));
        Part frame = Part.of("frame", "frame").withComponents(List.of(new BomLine("bolt", 4, 0.2)));
        Part seat = Part.of("seat", "seat").withComponents(List.of(BomLine.of("bolt", 2)));
        Part chair = Part.of("chair", "chair").withComponents(List.of(BomLine.of("frame", 1), BomLine.of("seat", 1)));
        FootprintModel m = FootprintModel.builder("chair")
                .declaredUnit(DeclaredUnit.of(2, "piece", "a pair"))
                .referenceFlow(2)
                .part(chair)
                .part(frame)
                .part(seat)
                .part(bolt)
                .build();
        FootprintResult r = FootprintCalculator.using(FACTORS).calculate(m);
        // bolts per chair: 4 / (1 - 0.2) + 2 = 7; per declared unit (2 chairs) 14; 14 × 0.01 kg × 9.10691851 kg/kg
        assertEquals(14 * 0.01 * 9.10691851, r.total(), EPS);
        PartResult bolts = r.byPart().stream()
                .filter(p -> p.partId().equals("bolt"))
                .findFirst()
                .orElseThrow();
        assertEquals(14, bolts.demand(), EPS);
        PartResult frameResult = r.byPart().stream()
                .filter(p -> p.partId().equals("frame"))
                .findFirst()
                .orElseThrow();
        assertEquals(10 * 0.01 * 9.10691851, frameResult.cumulativeKgCo2e(), EPS);
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("not in the root")));
    }

    @Test
    void eachLineNamesTheGwpSetOfItsOwnFactor() {
        // DESNZ 2024 states CO2e made with AR5 (its methodology paper, section 2); the Fujian grid factor states kg
        // CO2,
        // characterised with the calculation's AR6; a publisher's CO2e without a set stays "unstated".
        EmissionFactor unstated = EmissionFactor.builder("national-grid", "kWh")
                .co2e(org.tanji.core.factor.EmissionCategory.FOSSIL, 0.5703, GwpSet.UNSTATED)
                .build();
        EmissionFactor mixed = EmissionFactor.builder("mixed", "L")
                .gas(org.tanji.core.factor.Gas.CH4_FOSSIL, 0.001)
                .co2e(org.tanji.core.factor.EmissionCategory.FOSSIL, 2.5, GwpSet.AR5)
                .build();
        Part p = Part.of("p", "p")
                .withActivities(List.of(
                        Input.material("aluminium", Amount.of(1, "kg"), "aluminium-primary"),
                        new Electricity("assembly", null, Amount.of(1, "kWh"), "cn-fj-grid-2023", null),
                        new Electricity("office", null, Amount.of(1, "kWh"), "national-grid", null),
                        Input.of("fuel", InputKind.FUEL, Amount.of(1, "L"), "mixed")));
        FootprintModel m = FootprintModel.builder("x")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(p)
                .build();
        FactorSource factors = FactorSource.of(List.of(ALUMINIUM_PRIMARY, FUJIAN_GRID_2023, unstated, mixed));
        FootprintResult r = FootprintCalculator.using(factors).calculate(m);
        assertEquals("AR6", r.gwpSet());
        assertEquals("AR5", line(r, "aluminium").gwpSet());
        assertEquals("AR6", line(r, "assembly").gwpSet());
        assertEquals("unstated", line(r, "office").gwpSet());
        assertEquals("AR6 (gases) + AR5 (stated CO2e)", line(r, "fuel").gwpSet());
        FootprintResult ar5 = FootprintCalculator.using(factors)
                .calculate(CalculationSetup.of(m).withGwpSet(GwpSet.AR5));
        assertEquals("AR5", line(ar5, "aluminium").gwpSet());
        assertEquals("AR5", line(ar5, "fuel").gwpSet());
    }

    private static LineResult line(FootprintResult r, String activityId) {
        return r.lines().stream()
                .filter(l -> l.activityId().equals(activityId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void contributionsGroupByAnAttributeOfTheLines() {
        FootprintResult r = FootprintCalculator.using(FACTORS).calculate(lamp());
        List<org.tanji.core.result.Contribution> byRegion =
                r.contributionsBy(l -> l.factorProvenance().region());
        // UK (DESNZ): aluminium, inbound truck and forklift diesel; CN-FJ: the assembly's grid electricity
        assertEquals("UK", byRegion.get(0).group());
        assertEquals(3, byRegion.get(0).lines());
        assertEquals(22.767296275 + 0.192475 + 0.251279, byRegion.get(0).kgCo2e(), EPS);
        assertEquals("CN-FJ", byRegion.get(1).group());
        assertEquals(5.0532 / r.total(), byRegion.get(1).share(), EPS);
        assertEquals(2, r.contributionsBy(LineResult::partId).size());
    }

    @Test
    void transportLinesStateModeMassDistanceAndTonneKilometres() {
        // the lamp's housing: 2.5 kg trucked 500 km → 0.0025 t × 500 km = 1.25 t·km; two lamps double mass and work
        FootprintModel twoLamps = FootprintModel.builder("Desk lamps")
                .declaredUnit(DeclaredUnit.of(2, "piece", null))
                .referenceFlow(2)
                .root("lamp")
                .parts(lamp().parts().values())
                .build();
        FootprintResult r = FootprintCalculator.using(FACTORS).calculate(twoLamps);
        LineResult inbound = line(r, "inbound");
        assertEquals("HGV", inbound.transport().mode());
        assertEquals(0.005, inbound.transport().tonnes(), 1e-15);
        assertEquals(500, inbound.transport().kilometres(), 1e-12);
        assertEquals(2.5, inbound.transport().tonneKilometres(), 1e-12);
        assertEquals(inbound.amount(), inbound.transport().tonneKilometres(), 1e-12);
        assertEquals(java.util.Map.of("HGV", 2.5), r.tonneKilometresByMode());
        assertEquals(null, line(r, "aluminium").transport());
    }
}
