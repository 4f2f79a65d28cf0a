package org.tanji.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tanji.core.calc.solver.SupplyChains;
import org.tanji.core.calc.solver.SystemResult;
import org.tanji.core.calc.solver.SystemSolver;
import org.tanji.core.process.Demand;
import org.tanji.core.process.ProcessSystem;

/**
 * Generated productive systems of every shape ({@link SupplyChains}): the first result (compile, block analysis,
 * ordering or incomplete factorisation, condition estimate, solve) and each further demand against the same
 * factorisation. {@link SolverShapes} prints the same figures with Monte Carlo and peak heap in one quick run.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar SystemSolverBenchmark -p n=20000 -prof gc}
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
public class SystemSolverBenchmark {

    @Param({"HUB_LOOPS", "RANDOM_CORE", "LOCAL_SUPPLY", "ECOINVENT_MIX"})
    public String shape;

    @Param({"20000", "100000"})
    public int n;

    private ProcessSystem system;
    private List<String> products;
    private SystemSolver solver;
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup(Level.Trial)
    public void generate() {
        system = SupplyChains.generate(SupplyChains.Shape.valueOf(shape), n, 42);
        products = system.processes().stream()
                .map(p -> p.productOutputs().get(0).flow())
                .toList();
        solver = SystemSolver.of(system);
        solver.solve(demand()); // intensities are computed once, with the first result
    }

    private Demand demand() {
        return Demand.of(products.get(random.nextInt(products.size())), 1, "kg");
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public SystemResult firstResult() {
        return SystemSolver.of(system).solve(demand());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SystemResult furtherDemand() {
        return solver.solve(demand());
    }
}
