package org.tanji.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.io.ModelJson;
import org.tanji.core.io.ResultJson;
import org.tanji.core.model.FootprintModel;

/**
 * What the portal's calculation endpoint does with carbon-core, called directly on both cores: the baseline for
 * the portal's load test. {@code parseCalculateSummarise} is the endpoint's work (parse the stored 1,000-line model,
 * calculate, write the summary it stores); {@code calculateSummarise} starts from a parsed model (as a program that
 * embeds carbon-core holds it); {@code parseCalculateWrite} writes the full result, every line included.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar DirectCalculation} (after {@code WriteLoadModel})
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(2)
public class DirectCalculationBenchmark {
    private String model;
    private FootprintModel parsed;

    @Setup
    public void read() throws Exception {
        Path file = Path.of(System.getProperty("tanji.load.model", "target/load-model.json"));
        if (!Files.exists(file)) {
            WriteLoadModel.main(new String[] {file.toString()});
        }
        model = Files.readString(file);
        parsed = ModelJson.parse(model, "m");
    }

    @Benchmark
    public String parseCalculateSummarise() {
        return ResultJson.summary(
                FootprintCalculator.using(FactorSource.empty()).calculate(ModelJson.parse(model, "m")));
    }

    @Benchmark
    public String calculateSummarise() {
        return ResultJson.summary(
                FootprintCalculator.using(FactorSource.empty()).calculate(parsed));
    }

    @Benchmark
    public String parseCalculateWrite() {
        return ResultJson.write(FootprintCalculator.using(FactorSource.empty()).calculate(ModelJson.parse(model, "m")));
    }
}
