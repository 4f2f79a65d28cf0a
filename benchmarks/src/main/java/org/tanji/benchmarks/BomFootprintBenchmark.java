package org.tanji.benchmarks;

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
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.result.FootprintResult;

/**
 * The footprint of a generated 8-level BOM of 1k to 1M lines, model already in memory (as after reading a file).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar BomFootprint -prof gc} adds bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx6g", "-Xms6g"})
public class BomFootprintBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int lines;

    private GeneratedBom bom;
    private FootprintCalculator calculator;

    @Setup(Level.Trial)
    public void generate() {
        bom = new GeneratedBom(lines, 8, 42);
        calculator = FootprintCalculator.using(bom.factors);
    }

    @Benchmark
    public FootprintResult calculate() {
        return calculator.calculate(bom.model);
    }
}
