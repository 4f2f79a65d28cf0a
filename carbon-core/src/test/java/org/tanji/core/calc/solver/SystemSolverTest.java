package org.tanji.core.calc.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.error.NoProviderException;
import org.tanji.core.error.NonSquareSystemException;
import org.tanji.core.error.SingularSystemException;
import org.tanji.core.error.UncharacterisedFlowException;
import org.tanji.core.error.UnitMismatchException;
import org.tanji.core.factor.CharacterisationMethod;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.process.Demand;
import org.tanji.core.process.Exchange;
import org.tanji.core.process.ExchangeKind;
import org.tanji.core.process.ProcessAllocation;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.process.UnitProcess;
import org.tanji.core.result.ImpactResult;

/** Small systems solved by hand in the comments. GWP AR6: CH4 fossil 29.8. */
class SystemSolverTest {
    private static final double EPS = 1e-12;

    /** Electricity needs coal, coal mining needs electricity: a loop. */
    static ProcessSystem coalPower() {
        return ProcessSystem.of(
                "coal power",
                UnitProcess.making("power", "electricity", 10, "kWh")
                        .input("coal", 4, "kg")
                        .emission("CO2-fossil", 9),
                UnitProcess.making("mine", "coal", 1, "t")
                        .input("electricity", 50, "kWh")
                        .emission("CH4-fossil", 2));
    }

    @Test
    void acyclicChainsMultiplyThrough() {
        ProcessSystem s = ProcessSystem.of(
                "part",
                UnitProcess.making("press", "part", 1, "kg")
                        .input("electricity", 2, "kWh")
                        .emission("CO2-fossil", 0.1),
                UnitProcess.making("power", "electricity", 1, "kWh").emission("CO2-fossil", 0.5));
        // 0.1 + 2 kWh × 0.5 kg/kWh = 1.1
        assertEquals(1.1, SystemSolver.of(s).solve(Demand.of("part", 1, "kg")).total(), EPS);
    }

    @Test
    void loopsAreSolvedExactly() {
        SystemSolver solver = SystemSolver.of(coalPower());
        SystemResult r = solver.solve(Demand.of("electricity", 1, "kWh"));
        // electricity row (kWh): 10 sp − 50 sm = 1; coal row (t): sm − 0.004 sp = 0 → sm = 0.004 sp, 9.8 sp = 1
        double sp = 1 / 9.8;
        double sm = 0.004 / 9.8;
        assertEquals(sp, r.scaling("power"), EPS);
        assertEquals(sm, r.scaling("mine"), EPS);
        assertEquals(9 * sp + 2 * 29.8 * sm, r.total(), EPS);
        assertEquals(2, solver.cyclicSize());
        // any product can be the functional unit, against the same factorisation. 1 t coal (rows in t and kWh):
        // sm − 0.004 sp = 1 and 10 sp − 50 sm = 0 → sp = 5 sm, 0.98 sm = 1
        SystemResult coal = solver.solve(Demand.of("coal", 1, "t"));
        assertEquals(1 / 0.98, coal.scaling("mine"), EPS);
        assertEquals(9 * 5 / 0.98 + 2 * 29.8 / 0.98, coal.total(), 1e-9);
    }

    @Test
    void batchOutputsScale() {
        ProcessSystem s = ProcessSystem.of(
                "batch", UnitProcess.making("kiln", "brick", 2, "kg").emission("CO2-fossil", 1));
        assertEquals(0.5, SystemSolver.of(s).solve(Demand.of("brick", 1, "kg")).total(), EPS);
    }

    @Test
    void avoidedProductsGiveNegativeScalingAndCredits() {
        ProcessSystem s = ProcessSystem.of(
                "recycling",
                UnitProcess.making("recycling", "secondary aluminium", 1, "kg")
                        .avoided("primary aluminium", 1, "kg")
                        .emission("CO2-fossil", 0.5),
                UnitProcess.making("smelter", "primary aluminium", 1, "kg").emission("CO2-fossil", 10));
        SystemResult r = SystemSolver.of(s).solve(Demand.of("secondary aluminium", 1, "kg"));
        assertEquals(-1, r.scaling("smelter"), EPS);
        assertEquals(0.5 - 10, r.total(), EPS);
    }

    @Test
    void wasteIsFollowedToItsTreatment() {
        ProcessSystem s = ProcessSystem.of(
                "waste",
                UnitProcess.making("factory", "widget", 1, "piece")
                        .waste("scrap", 200, "g")
                        .emission("CO2-fossil", 1),
                UnitProcess.treating("landfill", "scrap", 1, "kg").emission("CH4-fossil", 0.05));
        // 1 + 0.2 kg × 0.05 kg CH4/kg × 29.8
        assertEquals(
                1 + 0.2 * 0.05 * 29.8,
                SystemSolver.of(s).solve(Demand.of("widget", 1, "piece")).total(),
                EPS);
    }

    private static ProcessSystem refinery(ProcessAllocation method) {
        UnitProcess run = new UnitProcess(
                        "refinery",
                        "refinery",
                        new Exchange(
                                ExchangeKind.OUTPUT,
                                "A",
                                org.tanji.core.model.Amount.of(8, "kg"),
                                null,
                                1.0,
                                40.0,
                                0.3),
                        List.of(
                                new Exchange(
                                        ExchangeKind.OUTPUT,
                                        "B",
                                        org.tanji.core.model.Amount.of(2, "kg"),
                                        null,
                                        6.0,
                                        10.0,
                                        0.7),
                                Exchange.of(ExchangeKind.AVOIDED, "C", 1, "kg")),
                        method)
                .emission("CO2-fossil", 10);
        return ProcessSystem.of(
                "refinery", run, UnitProcess.making("c-maker", "C", 1, "kg").emission("CO2-fossil", 3));
    }

    @Test
    void allocationSharesInputsEmissionsAndCredits() {
        // one run: 10 kg CO2 and a credit of 1 kg C (3 kg CO2); A's share φ of both, spread over 8 kg of A
        double run = 10 - 3;
        assertEquals(run * 0.8 / 8, total(ProcessAllocation.MASS), EPS); // 8 kg of 10 kg
        assertEquals(run * (8.0 / 20) / 8, total(ProcessAllocation.ECONOMIC), EPS); // revenue 8 of 8 + 12
        assertEquals(run * (320.0 / 340) / 8, total(ProcessAllocation.PHYSICAL), EPS); // 8×40 of 320 + 20
        assertEquals(run * 0.5 / 8, total(ProcessAllocation.EQUAL), EPS);
        assertEquals(run * 0.3 / 8, total(ProcessAllocation.MANUAL), EPS);
    }

    private static double total(ProcessAllocation method) {
        return SystemSolver.of(refinery(method)).solve(Demand.of("A", 1, "kg")).total();
    }

    @Test
    void theSameFlowInAndOutNets() {
        ProcessSystem s = ProcessSystem.of(
                "net",
                UnitProcess.making("power", "electricity", 10, "kWh")
                        .input("electricity", 1, "kWh")
                        .emission("CO2-fossil", 9)
                        .uptake("CO2-fossil", 4.5));
        SystemResult r = SystemSolver.of(s).solve(Demand.of("electricity", 1, "kWh"));
        // 9 kWh net per run; (9 − 4.5) kg per run → 4.5 / 9 = 0.5 per kWh
        assertEquals(1 / 9.0, r.scaling("power"), EPS);
        assertEquals(0.5, r.total(), EPS);
        assertEquals(
                0.5,
                r.inventory().stream()
                        .filter(g -> g.gas().equals("CO2-fossil"))
                        .findFirst()
                        .orElseThrow()
                        .kgGas(),
                EPS);
    }

    @Test
    void contributionsAndTheUpstreamTreeAddUpToTheTotal() {
        SystemResult r = SystemSolver.of(coalPower()).solve(Demand.of("electricity", 1000, "kWh"));
        double sum = r.directContributions().stream()
                .mapToDouble(ProcessContribution::kgCo2e)
                .sum();
        assertEquals(r.total(), sum, 1e-9);
        UpstreamNode root = r.upstreamTree();
        assertEquals(r.total(), root.total(), 1e-9);
        assertEqualsChildrenPlusDirect(root, 3);
        List<ProcessContribution> top = r.topContributors(1);
        assertEquals(2, top.size());
        assertEquals("other", top.get(1).process());
        assertEquals(r.total(), top.get(0).kgCo2e() + top.get(1).kgCo2e(), 1e-9);
        SankeyGraph g = r.sankey(0.0);
        assertEquals(2, g.nodes().size());
        assertEquals(2, g.links().size()); // coal → power, electricity → mine
    }

    private static void assertEqualsChildrenPlusDirect(UpstreamNode node, int depth) {
        double children =
                node.children().stream().mapToDouble(UpstreamNode::total).sum();
        assertEquals(node.total(), node.direct() + children, 1e-9 * Math.max(1, Math.abs(node.total())));
        if (depth > 0) {
            node.children().forEach(c -> assertEqualsChildrenPlusDirect(c, depth - 1));
        }
    }

    @Test
    void sweepAndLuAgreeOnAcyclicSystems() {
        ProcessSystem s = ProcessSystem.of(
                "chain",
                UnitProcess.making("a", "A", 1, "kg")
                        .input("B", 2, "kg")
                        .input("C", 1, "kg")
                        .emission("CO2-fossil", 1),
                UnitProcess.making("b", "B", 1, "kg").input("C", 3, "kg").emission("CH4-fossil", 0.01),
                UnitProcess.making("c", "C", 4, "kg").emission("N2O", 0.002));
        double swept = SystemSolver.of(s).solve(Demand.of("A", 1, "kg")).total();
        double factorised =
                SystemSolver.withoutBlocks(s).solve(Demand.of("A", 1, "kg")).total();
        // C needed: 1 + 2 × 3 = 7 kg = 1.75 runs × 0.002 kg N2O × 273; B: 2 × 0.01 × 29.8; A: 1
        assertEquals(1 + 2 * 0.01 * 29.8 + 1.75 * 0.002 * 273, swept, EPS);
        assertEquals(swept, factorised, EPS);
    }

    @Test
    void errorsSayWhatToFix() {
        SingularSystemException loop = assertThrows(
                SingularSystemException.class,
                () -> SystemSolver.of(ProcessSystem.of(
                        "x",
                        UnitProcess.making("a", "X", 1, "kg").input("Y", 1, "kg"),
                        UnitProcess.making("b", "Y", 1, "kg").input("X", 1, "kg"))));
        assertTrue(loop.getMessage().contains("a, b"), loop.getMessage());
        assertThrows(
                SingularSystemException.class,
                () -> SystemSolver.of(ProcessSystem.of(
                        "x", UnitProcess.making("a", "X", 1, "kg").input("X", 1, "kg"))));
        NonSquareSystemException square = assertThrows(
                NonSquareSystemException.class,
                () -> SystemSolver.of(ProcessSystem.of(
                        "x",
                        UnitProcess.making("a", "X", 1, "kg").with(Exchange.of(ExchangeKind.OUTPUT, "Y", 1, "kg")))));
        assertTrue(square.getMessage().startsWith("Process 'a' makes [X, Y] but states no allocation"));
        assertThrows(
                NoProviderException.class, () -> SystemSolver.of(coalPower()).solve(Demand.of("gold", 1, "kg")));
        NoProviderException input = assertThrows(
                NoProviderException.class,
                () -> SystemSolver.of(ProcessSystem.of(
                        "x", UnitProcess.making("a", "X", 1, "kg").input("unobtainium", 1, "kg"))));
        assertTrue(input.getMessage().contains("input 'unobtainium' of process 'a'"), input.getMessage());
        UncharacterisedFlowException water = assertThrows(
                UncharacterisedFlowException.class,
                () -> SystemSolver.of(ProcessSystem.of(
                        "x", UnitProcess.making("a", "X", 1, "kg").emission("water", 3))));
        assertTrue(water.getMessage().startsWith("Flow 'water' of process 'a' has no characterisation factor"));
        assertThrows(
                UnitMismatchException.class,
                () -> SystemSolver.of(ProcessSystem.of(
                        "x",
                        UnitProcess.making("a", "X", 1, "kg").input("electricity", 2, "kg"),
                        UnitProcess.making("p", "electricity", 1, "kWh"))));
    }

    @Test
    void oneFactorisationServesSeveralGwpSets() {
        SystemSolver ar6 = SystemSolver.of(coalPower());
        SystemSolver ar5 = ar6.characterisedWith(GwpSet.AR5);
        double sp = 1 / 9.8;
        double sm = 0.004 / 9.8;
        // the same scaling; fossil methane 29.8 (AR6 WG1 Table 7.15) against 30 (AR5 Table 8.A.1)
        assertEquals(
                9 * sp + 2 * 29.8 * sm,
                ar6.solve(Demand.of("electricity", 1, "kWh")).total(),
                EPS);
        assertEquals(
                9 * sp + 2 * 30 * sm,
                ar5.solve(Demand.of("electricity", 1, "kWh")).total(),
                EPS);
        assertEquals("AR5", ar5.solve(Demand.of("coal", 1, "t")).gwpSet());
        assertEquals(ar6.factorEntries(), ar5.factorEntries());
    }

    @Test
    void resultsSayWhatAReviewerShouldKnow() {
        ProcessSystem s = ProcessSystem.of(
                "x",
                UnitProcess.making("press", "part", 1, "kg").input("electricity", 2, "kWh"),
                UnitProcess.making("power", "electricity", 1, "kWh").emission("CH4", 0.001),
                UnitProcess.making("kiln", "brick", 1, "kg").emission("CO2-fossil", 0.2),
                UnitProcess.making("saw", "plank", 1, "kg"));
        SystemSolver solver = SystemSolver.of(s);
        assertEquals(
                List.of(
                        "2 process(es) are not in the supply chain of part and count nothing: kiln, saw",
                        "flow CH4 states methane without its origin; counted as CH4-fossil (AR6 GWP 29.8): write CH4-fossil or"
                                + " CH4-biogenic to state it"),
                solver.solve(Demand.of("part", 1, "kg")).warnings());
        assertEquals(2 * 0.001 * 29.8, solver.solve(Demand.of("part", 1, "kg")).total(), EPS);
        assertEquals(
                List.of(
                        "the inventory is empty: nothing in the supply chain of plank emits or takes up a gas, so"
                                + " the total is 0; check that its processes state their emissions",
                        "3 process(es) are not in the supply chain of plank and count nothing: press, power, kiln"),
                solver.solve(Demand.of("plank", 1, "kg")).warnings());
        assertEquals(
                List.of(),
                SystemSolver.of(coalPower()).solve(Demand.of("coal", 1, "t")).warnings());
    }

    @Test
    void otherElementaryFlowsAreCountedByTheirOwnMethodNeverInCo2e() {
        // power: 10 kWh from 4 kg coal and 9 kg CO2, cooling with 500 L fresh water; mine: 1 t coal from 50 kWh, 2 kg
        // CH4
        // and 0.2 m3 water. For 1 kWh: sp = 1/9.8, sm = 0.004/9.8 (see loopsAreSolvedExactly)
        ProcessSystem s = ProcessSystem.of(
                "coal power with water",
                UnitProcess.making("power", "electricity", 10, "kWh")
                        .input("coal", 4, "kg")
                        .emission("CO2-fossil", 9)
                        .resource("water, fresh", 500, "L"),
                UnitProcess.making("mine", "coal", 1, "t")
                        .input("electricity", 50, "kWh")
                        .emission("CH4-fossil", 2)
                        .resource("water, fresh", 0.2, "m3"));
        CharacterisationMethod water = CharacterisationMethod.builder("blue water use", "m3")
                .factor("water, fresh", 0.001, "L")
                .build();
        SystemResult r = SystemSolver.of(s, GwpSet.AR6, List.of(water)).solve(Demand.of("electricity", 1, "kWh"));
        double sp = 1 / 9.8;
        double sm = 0.004 / 9.8;
        assertEquals(9 * sp + 2 * 29.8 * sm, r.total(), EPS); // kg CO2e: water adds nothing
        ImpactResult w = r.impacts().get(0);
        assertEquals("blue water use", w.method());
        assertEquals("m3", w.unit());
        assertEquals((500 * sp + 200 * sm) * 0.001, w.total(), EPS); // 0.2 m3 = 200 L
        assertEquals(w.total(), w.byFlow().get("water, fresh"), EPS);
        assertEquals(
                w.total(),
                SystemSolver.of(s, GwpSet.AR6, List.of(water))
                        .characterisedWith(GwpSet.AR5)
                        .solve(Demand.of("electricity", 1, "kWh"))
                        .impacts()
                        .get(0)
                        .total(),
                EPS);
        // without a method, the water is an uncharacterised flow, not silently dropped
        assertThrows(UncharacterisedFlowException.class, () -> SystemSolver.of(s));
        // a method cannot take a greenhouse gas, nor count a flow in an incommensurable unit
        assertThrows(
                InvalidModelException.class,
                () -> CharacterisationMethod.builder("x", "y")
                        .factor("CH4-fossil", 1, "kg")
                        .build());
        assertThrows(
                UnitMismatchException.class,
                () -> SystemSolver.of(
                        s,
                        GwpSet.AR6,
                        List.of(CharacterisationMethod.builder("w", "m3")
                                .factor("water, fresh", 1, "kg")
                                .build())));
    }
}
