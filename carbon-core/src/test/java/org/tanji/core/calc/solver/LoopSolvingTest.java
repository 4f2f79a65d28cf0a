package org.tanji.core.calc.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tanji.core.error.SingularSystemException;
import org.tanji.core.process.Demand;
import org.tanji.core.process.Exchange;
import org.tanji.core.process.ExchangeKind;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.process.UnitProcess;
import org.tanji.core.uncertainty.Distribution;
import org.tanji.core.uncertainty.SampleStatistics;

/**
 * How loops are solved: the iterative and the direct path against each other and against the Neumann series
 * s = Σ Bᵏf, which for a productive system (every column's inputs below 1) converges and, having only non-negative
 * terms, sums without cancellation — a reference computed from the processes' own exchanges, not from the solver.
 */
class LoopSolvingTest {
    private static final int N = 2_000;

    @ParameterizedTest
    @EnumSource(SupplyChains.Shape.class)
    void everyShapeIsSolvedToTheNeumannSeriesByBothPaths(SupplyChains.Shape shape) {
        ProcessSystem system = SupplyChains.generate(shape, N, 42);
        String demanded = system.processes().get(7).id();
        Map<String, Double> reference = neumannScaling(system, demanded);

        SystemSolver automatic = SystemSolver.of(system);
        SystemSolver direct = SystemSolver.of(system, new CyclicBlock.Choice(CyclicBlock.Method.DIRECT, 1_000));
        SystemSolver iterative = SystemSolver.of(system, new CyclicBlock.Choice(CyclicBlock.Method.ITERATIVE, 1_000));
        assertTrue(automatic.cyclicSize() > N / 2, "the generated background is one big loop");
        assertEquals("GMRES with ILU(0)", iterative.loops().get(0).method());
        assertEquals("sparse LU", direct.loops().get(0).method());

        for (SystemSolver solver : List.of(automatic, direct, iterative)) {
            SystemResult r = solver.solve(demandFor(system, demanded));
            assertTrue(r.relativeResidual() <= 1e-10, "residual " + r.relativeResidual());
            double largest =
                    reference.values().stream().mapToDouble(Math::abs).max().orElseThrow();
            for (UnitProcess p : system.processes()) {
                assertEquals(reference.get(p.id()), r.scaling(p.id()), 1e-9 * largest, p.id());
            }
            LoopReport loop = r.loops().stream()
                    .filter(l -> l.processes() > N / 2)
                    .findFirst()
                    .orElseThrow();
            // ‖A⁻¹‖₁ ≤ 1/(1 − 0.9) and ‖A‖₁ ≤ 1.9 for a productive system, so κ₁ ≤ 19
            assertTrue(
                    loop.conditionEstimate() >= 1 && loop.conditionEstimate() <= 19, "κ₁ " + loop.conditionEstimate());
            assertTrue(r.warnings().stream().noneMatch(w -> w.startsWith("near-singular")));
        }
    }

    @Test
    void upstreamIntensitiesAgreeAcrossPaths() {
        ProcessSystem system = SupplyChains.generate(SupplyChains.Shape.ECOINVENT_MIX, N, 7);
        SystemSolver direct = SystemSolver.of(system, new CyclicBlock.Choice(CyclicBlock.Method.DIRECT, 1_000));
        SystemSolver iterative = SystemSolver.of(system, new CyclicBlock.Choice(CyclicBlock.Method.ITERATIVE, 1_000));
        double[] a = direct.intensities();
        double[] b = iterative.intensities();
        for (int j = 0; j < a.length; j++) {
            assertEquals(a[j], b[j], 1e-9 * Math.abs(a[j]), "intensity of column " + j);
        }
    }

    @Test
    void aLoopThatNearlyClosesIsNamedWithItsGain() {
        // cans are made from ingot, collected as scrap and remelted: 0.99995 × 1 × 0.99995 = 0.9999 comes back
        List<UnitProcess> processes = new ArrayList<>(
                SupplyChains.generate(SupplyChains.Shape.HUB_LOOPS, N, 3).processes());
        String energy = processes.get(0).productOutputs().get(0).flow();
        processes.add(UnitProcess.making("can making", "can", 1, "kg")
                .input("ingot", 0.99995, "kg")
                .input(energy, 0.1, "kg")
                .emission("CO2-fossil", 0.5));
        processes.add(UnitProcess.making("scrap collection", "scrap", 1, "kg")
                .input("can", 1, "kg")
                .emission("CO2-fossil", 0.05));
        processes.add(UnitProcess.making("remelting", "ingot", 1, "kg")
                .input("scrap", 0.99995, "kg")
                .input(energy, 0.2, "kg")
                .emission("CO2-fossil", 0.3));
        // the loop sits inside the big block: a background process buys a little ingot
        UnitProcess buyer = processes.get(1).input("ingot", 1e-4, "kg");
        processes.set(1, buyer);
        ProcessSystem system = new ProcessSystem("with a recycling loop", processes);

        for (CyclicBlock.Method method : CyclicBlock.Method.values()) {
            SystemSolver solver = SystemSolver.of(system, new CyclicBlock.Choice(method, 1_000));
            SystemResult r = solver.solve(Demand.of("can", 1, "kg"));
            LoopReport loop = r.loops().stream()
                    .filter(LoopReport::nearlySingular)
                    .findFirst()
                    .orElseThrow();
            // the loop's matrix has eigenvalue 1 − g^(1/3) for round-trip gain g = 0.9999
            assertEquals(Math.cbrt(0.99995 * 0.99995), loop.loopGain(), 5e-6);
            assertEquals(
                    List.of("can making", "remelting", "scrap collection"),
                    loop.nearlyClosing().stream().sorted().toList());
            assertTrue(loop.conditionEstimate() > 1e4, "κ₁ " + loop.conditionEstimate());
            assertTrue(
                    r.warnings().stream()
                            .anyMatch(w ->
                                    w.startsWith("near-singular loop: processes ") && w.contains("scrap collection")),
                    r.warnings().toString());
            assertTrue(r.relativeResidual() <= 1e-10);
            // 1 kg of cans makes ~1/(1 − 0.9999) kg of metal go round
            assertEquals(1 / (1 - 0.99995 * 0.99995), r.scaling("scrap collection"), 0.01 * 1e4);
        }
    }

    @Test
    void anIncompleteLuThatBreaksDownFallsBackToTheExactOne() {
        // a buys most and is bought least, so it comes first; ILU(0) then drops the fill that links b and c through
        // a, and c's pivot 1 − 2·0.5 is 0. The full LU pivots past it: the determinant is −0.125
        ProcessSystem system = ProcessSystem.of(
                "breakdown",
                UnitProcess.making("a", "A", 1, "kg")
                        .input("B", 0.5, "kg")
                        .input("C", 2, "kg")
                        .emission("CO2-fossil", 1),
                UnitProcess.making("b", "B", 1, "kg").input("A", 0.25, "kg"),
                UnitProcess.making("c", "C", 1, "kg").input("A", 0.5, "kg"));
        SystemSolver solver = SystemSolver.of(system, new CyclicBlock.Choice(CyclicBlock.Method.ITERATIVE, 1_000));
        SystemResult r = solver.solve(Demand.of("A", 1, "kg"));
        // A = [[1, −0.25, −0.5], [−0.5, 1, 0], [−2, 0, 1]]: A⁻¹e₁ = (−8, −4, −16)
        assertEquals(-8, r.scaling("a"), 1e-12);
        assertEquals(-4, r.scaling("b"), 1e-12);
        assertEquals(-16, r.scaling("c"), 1e-12);
        assertTrue(solver.fallbacks() > 0);
    }

    @Test
    void aSingularLoopKeepsItsNamedErrorOnTheIterativePath() {
        CyclicBlock.Choice iterative = new CyclicBlock.Choice(CyclicBlock.Method.ITERATIVE, 1_000);
        // two processes that only make each other (ILU(0) meets a zero pivot), and a ring of three that returns
        // all it takes (ILU(0) exists; GMRES cannot meet the bound, and the LU finds the block singular)
        ProcessSystem pair = ProcessSystem.of(
                "pair",
                UnitProcess.making("a", "X", 1, "kg").input("Y", 1, "kg"),
                UnitProcess.making("b", "Y", 1, "kg").input("X", 1, "kg"));
        ProcessSystem ring = ProcessSystem.of(
                "ring",
                UnitProcess.making("a", "X", 1, "kg").input("Y", 1, "kg"),
                UnitProcess.making("b", "Y", 1, "kg").input("Z", 1, "kg"),
                UnitProcess.making("c", "Z", 1, "kg").input("X", 1, "kg"));
        for (ProcessSystem system : List.of(pair, ring)) {
            SingularSystemException e =
                    assertThrows(SingularSystemException.class, () -> SystemSolver.of(system, iterative));
            assertTrue(e.getMessage().contains("a, b"), e.getMessage());
        }
    }

    @Test
    void iterationsThatRunOutFallBackToTheDirectSolution() {
        ProcessSystem system = SupplyChains.generate(SupplyChains.Shape.RANDOM_CORE, N, 11);
        String demanded = system.processes().get(3).id();
        SystemSolver starved = SystemSolver.of(system, new CyclicBlock.Choice(CyclicBlock.Method.ITERATIVE, 2));
        SystemResult r = starved.solve(demandFor(system, demanded));
        assertTrue(starved.fallbacks() > 0, "two iterations cannot reach 1e-10");
        assertTrue(r.relativeResidual() <= 1e-10);
        Map<String, Double> reference = neumannScaling(system, demanded);
        double largest =
                reference.values().stream().mapToDouble(Math::abs).max().orElseThrow();
        for (UnitProcess p : system.processes()) {
            assertEquals(reference.get(p.id()), r.scaling(p.id()), 1e-9 * largest, p.id());
        }
    }

    @Test
    void monteCarloGivesTheSameDrawsOnBothPaths() {
        ProcessSystem system = SupplyChains.generate(SupplyChains.Shape.LOCAL_SUPPLY, N, 5);
        Map<String, Distribution> exchanges = new HashMap<>();
        for (UnitProcess p : system.processes().subList(0, 300)) {
            for (Exchange e : p.exchanges()) {
                if (e.kind() == ExchangeKind.INPUT) {
                    exchanges.put(
                            p.id() + "|" + e.flow(),
                            Distribution.lognormal(e.amount().value(), 1.1));
                }
            }
        }
        Demand demand = demandFor(system, system.processes().get(0).id());
        SampleStatistics direct = SystemMonteCarlo.of(
                        SystemSolver.of(system, new CyclicBlock.Choice(CyclicBlock.Method.DIRECT, 1_000)), exchanges)
                .run(demand, 40, 9);
        SampleStatistics iterative = SystemMonteCarlo.of(
                        SystemSolver.of(system, new CyclicBlock.Choice(CyclicBlock.Method.ITERATIVE, 1_000)), exchanges)
                .run(demand, 40, 9);
        assertEquals(direct.mean(), iterative.mean(), 1e-9 * direct.mean());
        assertEquals(direct.standardDeviation(), iterative.standardDeviation(), 1e-7 * direct.standardDeviation());
    }

    private static Demand demandFor(ProcessSystem system, String processId) {
        UnitProcess p = system.processes().stream()
                .filter(q -> q.id().equals(processId))
                .findFirst()
                .orElseThrow();
        return Demand.of(p.productOutputs().get(0).flow(), 1, "kg");
    }

    /** s = Σ Bᵏf from the exchanges: each process makes 1 kg, B[supplier][consumer] = kg bought per kg made. */
    private static Map<String, Double> neumannScaling(ProcessSystem system, String demanded) {
        Map<String, UnitProcess> byProduct = new HashMap<>();
        Map<String, UnitProcess> byId = new HashMap<>();
        system.processes().forEach(p -> byProduct.put(p.productOutputs().get(0).flow(), p));
        system.processes().forEach(p -> byId.put(p.id(), p));
        Map<String, Double> total = new HashMap<>();
        Map<String, Double> term = Map.of(demanded, 1.0);
        system.processes().forEach(p -> total.put(p.id(), 0.0));
        for (int k = 0; k < 2_000 && !term.isEmpty(); k++) {
            Map<String, Double> next = new HashMap<>();
            double largest = 0;
            for (Map.Entry<String, Double> t : term.entrySet()) {
                total.merge(t.getKey(), t.getValue(), Double::sum);
                largest = Math.max(largest, t.getValue());
                UnitProcess p = byId.get(t.getKey());
                for (Exchange e : p.exchanges()) {
                    if (e.kind() == ExchangeKind.INPUT) {
                        next.merge(byProduct.get(e.flow()).id(), e.amount().value() * t.getValue(), Double::sum);
                    }
                }
            }
            if (largest < 1e-18) {
                break;
            }
            term = next;
        }
        return total;
    }
}
