package org.tanji.core.cli;

import static org.tanji.core.cli.ResultTable.fmt;

import java.io.PrintStream;
import java.util.Locale;
import org.tanji.core.uncertainty.AnalyticResult;
import org.tanji.core.uncertainty.MonteCarlo;
import org.tanji.core.uncertainty.MonteCarloResult;
import org.tanji.core.uncertainty.SampleStatistics;

/** Prints a Monte Carlo run beside the first-order estimate: what was uncertain, the spread, the drivers. */
final class UncertaintyReport {
    private UncertaintyReport() {}

    static void print(
            MonteCarlo mc, int fromModel, int fromDataQuality, MonteCarloResult run, int top, PrintStream out) {
        out.println();
        out.printf(
                Locale.ROOT,
                "Monte Carlo: %d iterations, seed %d; uncertain values: %d stated in the model, %d"
                        + " factor(s) from data-quality ratings (pedigree matrix)%n",
                run.iterations(),
                run.seed(),
                fromModel,
                fromDataQuality);
        statistics(run.total(), out);
        AnalyticResult a = mc.analytic();
        out.printf(
                Locale.ROOT,
                "  first order (lognormal): median %s, GSD %s, mode %s, GM × GSD^±2: %s to %s%n",
                fmt(a.median()),
                fmt(a.gsd()),
                fmt(a.mode()),
                fmt(a.interval95()[0]),
                fmt(a.interval95()[1]));
        out.println("  Most influential (Spearman rank correlation with the total)");
        run.rankCorrelations().stream()
                .limit(top)
                .forEach(c -> out.printf(Locale.ROOT, "    %-48s %6.2f%n", c.input(), c.spearman()));
    }

    static void statistics(SampleStatistics t, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "  sampled: mean %s, median %s, sd %s, 95 %% interval %s to %s (2.5th to 97.5th" + " percentile)%n",
                fmt(t.mean()),
                fmt(t.median()),
                fmt(t.standardDeviation()),
                fmt(t.percentile(2.5)),
                fmt(t.percentile(97.5)));
    }
}
