package org.tanji.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.tanji.factors.FactorLibrary;

/**
 * Loading every shipped dataset (checksums, parsing, validation, search index) in a fresh JVM: what a user waits
 * for at start-up. Single shot, one per fork, ten forks.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar FactorLibraryLoad}
 */
public class FactorLibraryLoad {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public FactorLibrary loadShipped() {
        return FactorLibrary.shipped();
    }
}
