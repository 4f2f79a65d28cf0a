package org.tanji.core.uncertainty;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Statistics of a Monte Carlo sample: mean, standard deviation (n − 1), median, 2.5 and 97.5 percentiles, any
 * percentile, and a histogram. Percentiles interpolate linearly between order statistics at (n − 1)·p (Hyndman
 * and Fan type 7, as R's default and Excel's PERCENTILE.INC).
 *
 * <p>An empty sample has no statistics: every one of them is NaN (and its histogram counts nothing), never an
 * exception from one and a number from another. A single value has standard deviation 0.
 */
public final class SampleStatistics {
    private static final Quantile QUANTILE =
            Quantile.withDefaults().with(Quantile.EstimationMethod.HF7).withCopy(false);

    private final double[] sorted;
    private final double mean;
    private final double sd;

    /** Statistics of {@code samples} (copied). */
    public SampleStatistics(double[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(sorted);
        double m = 0;
        for (int i = 0; i < sorted.length; i++) {
            m += (sorted[i] - m) / (i + 1);
        }
        double ss = 0;
        for (double v : sorted) {
            ss += (v - m) * (v - m);
        }
        boolean empty = sorted.length == 0;
        this.mean = empty ? Double.NaN : m;
        this.sd = empty ? Double.NaN : sorted.length > 1 ? Math.sqrt(ss / (sorted.length - 1)) : 0;
    }

    public int n() {
        return sorted.length;
    }

    public double mean() {
        return mean;
    }

    /** Sample standard deviation, with n − 1. */
    public double standardDeviation() {
        return sd;
    }

    public double median() {
        return percentile(50);
    }

    /** The {@code p}-th percentile (0–100), type-7 interpolation. */
    public double percentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile is 0 to 100, not " + p);
        }
        return sorted.length == 0 ? Double.NaN : QUANTILE.evaluate(sorted, p / 100);
    }

    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** Counts in {@code bins} equal-width bins from min to max; {@link Histogram#edges()} has bins + 1 values. */
    public Histogram histogram(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, not " + bins);
        }
        double lo = min();
        double hi = max();
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = lo + (hi - lo) * b / bins;
        }
        long[] counts = new long[bins];
        for (double v : sorted) {
            int b = hi == lo ? 0 : (int) ((v - lo) / (hi - lo) * bins);
            counts[Math.min(b, bins - 1)]++;
        }
        return new Histogram(edges, counts);
    }

    /** Bin edges and counts. */
    public record Histogram(double[] edges, long[] counts) {}
}
