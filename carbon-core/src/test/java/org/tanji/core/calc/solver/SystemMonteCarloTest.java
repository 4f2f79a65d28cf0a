package org.tanji.core.calc.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.process.Demand;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.process.UnitProcess;
import org.tanji.core.uncertainty.Distribution;
import org.tanji.core.uncertainty.MonteCarloListener;
import org.tanji.core.uncertainty.SampleStatistics;

/** Tolerances: 5.5 standard errors (a correct implementation fails less than once in 26 million runs). */
class SystemMonteCarloTest {
    private static final int N = 20_000;

    @Test
    void aProductOfLognormalsThroughTheMatrix() {
        // 2 kWh (GSD 1.2) × 0.5 kg CO2/kWh (GSD 1.3): lognormal, median 1, σ² = ln²1.2 + ln²1.3
        ProcessSystem s = ProcessSystem.of(
                "part",
                UnitProcess.making("press", "part", 1, "kg").input("electricity", 2, "kWh"),
                UnitProcess.making("power", "electricity", 1, "kWh").emission("CO2-fossil", 0.5));
        SystemMonteCarlo mc = SystemMonteCarlo.of(
                SystemSolver.of(s),
                Map.of(
                        "press|electricity",
                        Distribution.lognormal(2, 1.2),
                        "power|CO2-fossil",
                        Distribution.lognormal(0.5, 1.3)));
        SampleStatistics r = mc.run(Demand.of("part", 1, "kg"), N, 11);
        double sigma = Math.sqrt(Math.pow(Math.log(1.2), 2) + Math.pow(Math.log(1.3), 2));
        assertEquals(0, Math.log(r.median()), 5.5 * Math.sqrt(Math.PI / 2) * sigma / Math.sqrt(N));
        double mean = Math.exp(sigma * sigma / 2);
        assertEquals(mean, r.mean(), 5.5 * mean * Math.sqrt(Math.exp(sigma * sigma) - 1) / Math.sqrt(N));
    }

    @Test
    void loopsAreRefactorisedEachIterationAndReproducible() {
        SystemSolver solver = SystemSolver.of(SystemSolverTest.coalPower());
        double deterministic = solver.solve(Demand.of("electricity", 1, "kWh")).total();
        SampleStatistics fixed = SystemMonteCarlo.of(solver, Map.of("power|coal", Distribution.lognormal(4, 1)))
                .run(Demand.of("electricity", 1, "kWh"), 1_000, 5);
        assertEquals(deterministic, fixed.percentile(0), 1e-12);
        assertEquals(deterministic, fixed.percentile(100), 1e-12);
        SystemMonteCarlo mc = SystemMonteCarlo.of(
                solver,
                Map.of("power|coal", Distribution.uniform(3, 5), "mine|electricity", Distribution.lognormal(50, 1.2)));
        SampleStatistics one = mc.run(Demand.of("electricity", 1, "kWh"), 3_000, 9, 1, MonteCarloListener.NONE);
        SampleStatistics two = mc.run(Demand.of("electricity", 1, "kWh"), 3_000, 9, 2, MonteCarloListener.NONE);
        assertEquals(one.mean(), two.mean(), 0);
        assertEquals(one.percentile(97.5), two.percentile(97.5), 0);
    }

    @Test
    void unknownExchangesAreNamed() {
        assertThrows(
                InvalidModelException.class,
                () -> SystemMonteCarlo.of(
                        SystemSolver.of(SystemSolverTest.coalPower()),
                        Map.of("power|uranium", Distribution.lognormal(1, 1.1))));
    }
}
