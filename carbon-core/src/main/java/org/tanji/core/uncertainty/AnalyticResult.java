package org.tanji.core.uncertainty;

/**
 * First-order propagation, beside Monte Carlo: the total treated as lognormal with ln-variance σ² = Σ (Sₖ σₖ)²,
 * where Sₖ is the share of the total that depends on input k and σₖ its ln-standard-deviation (moment-matched for
 * non-lognormal inputs). Exact for a product of lognormals. Assumes each input's median is its stated value.
 *
 * @param median the deterministic total
 * @param gsd exp(σ)
 * @param linearStandardDeviation first-order standard deviation in linear space, √Σ (Cₖ² Var(mₖ))
 */
public record AnalyticResult(double median, double gsd, double linearStandardDeviation) {

    /** Mean of the lognormal: median · exp(σ²/2). */
    public double mean() {
        double s = Math.log(gsd);
        return median * Math.exp(s * s / 2);
    }

    /** The most likely value of the lognormal: median · exp(−σ²). */
    public double mode() {
        double s = Math.log(gsd);
        return median * Math.exp(-s * s);
    }

    /** median × GSD^±2, low end first: the usual 95 % interval of a lognormal (exactly 95.45 %). */
    public double[] interval95() {
        return new Distribution.Lognormal(median == 0 ? Double.MIN_VALUE : median, gsd).interval95();
    }

    /** The {@code p}-th percentile (0–100) of the lognormal. */
    public double percentile(double p) {
        double z = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .inverseCumulativeProbability(p / 100);
        return median * Math.pow(gsd, z);
    }
}
