package org.tanji.benchmarks;

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
import org.tanji.core.calc.solver.SystemResult;
import org.tanji.core.calc.solver.SystemSolver;
import org.tanji.core.model.Amount;
import org.tanji.core.process.Demand;

/**
 * The generated 20,000-process system: the first result (compile, block analysis, ordering, factorisation, solve)
 * and each further demand against the same factorisation; also a purely acyclic 20,000-process system.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar SystemSolverBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
public class SystemSolverBenchmark {

    /** "cyclic": 12,000 background + 8,000 foreground; "acyclic": 20,000 foreground only. */
    @Param({"cyclic", "acyclic"})
    public String shape;

    private GeneratedSystem generated;
    private SystemSolver solver;
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup(Level.Trial)
    public void generate() {
        generated =
                shape.equals("cyclic") ? new GeneratedSystem(12_000, 8_000, 42) : new GeneratedSystem(0, 20_000, 42);
        solver = SystemSolver.of(generated.system);
        solver.solve(demand()); // intensities are computed once, with the first result
    }

    private Demand demand() {
        int i = random.nextInt(generated.foreground);
        return new Demand("product f" + i, Amount.of(1, "kg"));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public SystemResult firstResult() {
        return SystemSolver.of(generated.system).solve(demand());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SystemResult furtherDemand() {
        return solver.solve(demand());
    }
}
