package org.tanji.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tanji.factors.FactorLibrary;
import org.tanji.factors.FactorMatch;
import org.tanji.factors.FactorQuery;

/**
 * Searches over the shipped factor library, sampled so JMH reports percentiles (p0.95 is the goal's figure).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar FactorLibraryBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FactorLibraryBenchmark {

    @Param({"natural gas|kWh|UK", "福建 电力||", "container ship||", "aluminium|kg|", "||CN-FJ"})
    public String query;

    private FactorLibrary library;
    private FactorQuery q;

    @Setup
    public void load() {
        library = FactorLibrary.shipped();
        String[] p = query.split("\\|", -1);
        q = p[0].isEmpty() ? FactorQuery.all() : FactorQuery.text(p[0]);
        q = p[1].isEmpty() ? q : q.unit(p[1]);
        q = p[2].isEmpty() ? q : q.region(p[2]);
    }

    @Benchmark
    public List<FactorMatch> search() {
        return library.search(q);
    }
}
