package org.tanji.core.uncertainty;

import org.tanji.core.error.InvalidDistributionException;

/**
 * The ecoinvent v3 pedigree matrix: five data-quality scores (1 best, 5 worst) and the basic uncertainty, turned
 * into the GSD of a lognormal. Each score adds a variance to ln(value): σ² = ln²(basic GSD) + Σ σᵢ², with the
 * variances of the ecoinvent v3 data quality guideline (Weidema et al. 2013; Muller et al. 2016).
 *
 * <pre>{@code
 * double gsd = new Pedigree(2, 3, 2, 1, 3, 1.05).gsd();
 * }</pre>
 */
public record Pedigree(
        int reliability, int completeness, int temporal, int geographical, int technological, double basicGsd) {

    private static final double[] RELIABILITY = {0, 0.0006, 0.002, 0.008, 0.04};
    private static final double[] COMPLETENESS = {0, 0.0001, 0.0006, 0.002, 0.008};
    private static final double[] TEMPORAL = {0, 0.0002, 0.002, 0.008, 0.04};
    private static final double[] GEOGRAPHICAL = {0, 0.000025, 0.0001, 0.0006, 0.002};
    private static final double[] TECHNOLOGICAL = {0, 0.0006, 0.008, 0.04, 0.12};

    public Pedigree {
        for (int score : new int[] {reliability, completeness, temporal, geographical, technological}) {
            if (score < 1 || score > 5) {
                throw new InvalidDistributionException("pedigree scores run from 1 to 5, not " + score);
            }
        }
        if (!(basicGsd >= 1) || Double.isInfinite(basicGsd)) {
            throw new InvalidDistributionException("the basic uncertainty is a GSD of at least 1, not " + basicGsd);
        }
    }

    /** Variance of ln(value). */
    public double logVariance() {
        double basic = Math.log(basicGsd);
        return basic * basic
                + RELIABILITY[reliability - 1]
                + COMPLETENESS[completeness - 1]
                + TEMPORAL[temporal - 1]
                + GEOGRAPHICAL[geographical - 1]
                + TECHNOLOGICAL[technological - 1];
    }

    /** The geometric standard deviation exp(σ). */
    public double gsd() {
        return Math.exp(Math.sqrt(logVariance()));
    }
}
