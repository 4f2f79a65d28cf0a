package org.tanji.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.calc.solver.SupplyChains;
import org.tanji.core.calc.solver.SystemMonteCarlo;
import org.tanji.core.calc.solver.SystemSolver;
import org.tanji.core.model.Activity;
import org.tanji.core.model.Part;
import org.tanji.core.process.Demand;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.uncertainty.Distribution;
import org.tanji.core.uncertainty.MonteCarlo;
import org.tanji.core.uncertainty.MonteCarloResult;
import org.tanji.core.uncertainty.SampleStatistics;
import org.tanji.core.uncertainty.Uncertainties;

/**
 * Monte Carlo on all cores: 10,000 iterations over a 1,000-line BOM (every activity and every factor uncertain),
 * and 30 iterations over a generated 20,000-process system (hub loops; every input exchange uncertain).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar MonteCarloBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
public class MonteCarloBenchmark {
    private MonteCarlo bom;
    private SystemMonteCarlo system;
    private long seed;
    private String product;

    @Setup
    public void prepare() {
        GeneratedBom generated = new GeneratedBom(1_000, 8, 42);
        FootprintResult r = FootprintCalculator.using(generated.factors).calculate(generated.model);
        bom = MonteCarlo.of(generated.model, r, centredOnStatedValues(generated, r));

        ProcessSystem g = SupplyChains.generate(SupplyChains.Shape.HUB_LOOPS, 20_000, 42);
        product = g.processes().get(0).productOutputs().get(0).flow();
        system = SystemMonteCarlo.of(SystemSolver.of(g), SolverShapes.everyInputUncertain(g));
    }

    /** Lognormals centred on each activity's stated amount, and on each used factor's value (GSD 1.2). */
    private static Uncertainties centredOnStatedValues(GeneratedBom g, FootprintResult r) {
        Uncertainties.Builder b = Uncertainties.builder();
        for (Part p : g.model.parts().values()) {
            for (Activity a : p.activities()) {
                double v = a.line(0).amount();
                if (v > 0) {
                    b.activity(p.id(), a.id(), Distribution.lognormal(v, 1.1));
                }
            }
        }
        r.byFactor().forEach(f -> b.factor(f.factorId(), Distribution.lognormal(f.kgCo2ePerUnit(), 1.2)));
        return b.build();
    }

    @Benchmark
    public MonteCarloResult bom10000Iterations() {
        return bom.run(10_000, seed++);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public SampleStatistics system30Iterations() {
        return system.run(Demand.of(product, 1, "kg"), 30, seed++);
    }
}
