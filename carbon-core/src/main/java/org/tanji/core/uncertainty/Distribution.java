package org.tanji.core.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.tanji.core.error.DistributionMismatchException;
import org.tanji.core.error.InvalidDistributionException;

/**
 * The uncertainty of one value: lognormal (geometric mean and geometric standard deviation, as ecoinvent states
 * it; a negative geometric mean is the mirror image, for removals and credits), normal, triangular, uniform, or
 * fixed. Sampling and quantiles come from Apache Commons Statistics.
 *
 * <pre>{@code
 * Distribution steel = Distribution.lognormal(2.1, 1.15);          // GM 2.1 kg CO2e/kg, GSD 1.15
 * Distribution fromPedigree = Distribution.lognormal(2.1, new Pedigree(2, 3, 2, 1, 3, 1.05).gsd());
 * Distribution uptake = Distribution.lognormal(-1.65, 1.1);         // −1.65 kg CO2e/kg, never positive
 * uptake.checkDescribes("factor timber", -1.65);                    // fine; lognormal(1.65, 1.1) would throw
 * }</pre>
 */
public sealed interface Distribution extends Uncertainty {

    /** Itself: a distribution with every parameter given; {@link #checkDescribes} checks it fits the value. */
    @Override
    default Distribution around(double stated) {
        return this;
    }

    /** The value a deterministic calculation uses (median of a lognormal, mean otherwise). */
    double pointValue();

    double mean();

    double variance();

    /** The {@code p}-quantile, 0 ≤ p ≤ 1. */
    double quantile(double p);

    /**
     * σ of ln(value): exact for a lognormal, else the lognormal with the same mean and variance (for first-order
     * propagation in log space).
     */
    default double logSigma() {
        double m = mean();
        return m == 0 ? 0 : Math.sqrt(Math.log(1 + variance() / (m * m)));
    }

    /** A sampler drawing from this distribution with {@code rng}. */
    ContinuousSampler sampler(UniformRandomProvider rng);

    /**
     * Checks that this distribution describes {@code stated}, the value the deterministic result used for
     * {@code what}: its support holds the stated value, a lognormal has the stated value's sign and has it as its
     * median (geometric mean), and a fixed value is the stated value.
     *
     * @throws DistributionMismatchException naming {@code what}, both values and the distribution to write instead
     */
    void checkDescribes(String what, double stated);

    /** Name, value, name, value … in the order given. */
    private static Map<String, Double> ordered(Object... nameValue) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            out.put((String) nameValue[i], (Double) nameValue[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static void inSupport(String what, double stated, String distribution, double min, double max) {
        if (!(min <= stated && stated <= max)) {
            throw new DistributionMismatchException(what + ": the stated value " + stated + " lies outside "
                    + distribution
                    + ", which draws only values from " + min + " to " + max + "; widen the range to include " + stated
                    + " or correct the stated value");
        }
    }

    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    static Distribution lognormal(double geometricMean, double gsd) {
        return new Lognormal(geometricMean, gsd);
    }

    static Distribution normal(double mean, double sd) {
        return new Normal(mean, sd);
    }

    static Distribution triangular(double min, double mode, double max) {
        return new Triangular(min, mode, max);
    }

    static Distribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    private static void finite(String what, double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new InvalidDistributionException(what + ": parameters must be finite, not " + v);
            }
        }
    }

    /** No uncertainty: always {@code value}. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            finite("fixed value", value);
        }

        public String family() {
            return "fixed";
        }

        public Map<String, Double> parameters() {
            return Map.of("value", value);
        }

        public double pointValue() {
            return value;
        }

        public double mean() {
            return value;
        }

        public double variance() {
            return 0;
        }

        public double quantile(double p) {
            return value;
        }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return () -> value;
        }

        public void checkDescribes(String what, double stated) {
            if (!same(value, stated)) {
                throw new DistributionMismatchException(what + ": the stated value is " + stated
                        + " but the fixed value is " + value + "; they must be the same");
            }
        }
    }

    /**
     * Lognormal with geometric mean {@code gm} (its median) and geometric standard deviation {@code gsd} ≥ 1. A
     * negative {@code gm} mirrors it: −X with X lognormal around |gm|, so a removal or a credit keeps its sign in
     * every draw.
     */
    record Lognormal(double gm, double gsd) implements Distribution {
        public Lognormal {
            finite("lognormal", gm, gsd);
            if (gm == 0) {
                throw new InvalidDistributionException("lognormal: the geometric mean cannot be 0 (a lognormal never"
                        + " reaches 0; for a value around 0 use a normal distribution)");
            }
            if (!(gsd >= 1)) {
                throw new InvalidDistributionException("lognormal: the geometric standard deviation must be at least 1,"
                        + " not " + gsd + " (GSD 1 means no uncertainty)");
            }
        }

        public String family() {
            return "lognormal";
        }

        public Map<String, Double> parameters() {
            return ordered("gm", gm, "gsd", gsd);
        }

        public double pointValue() {
            return gm;
        }

        public double logSigma() {
            return Math.log(gsd);
        }

        public double mean() {
            double s = logSigma();
            return gm * Math.exp(s * s / 2);
        }

        public double variance() {
            double s2 = logSigma() * logSigma();
            return (Math.exp(s2) - 1) * gm * gm * Math.exp(s2);
        }

        public double quantile(double p) {
            if (gsd == 1) {
                return gm;
            }
            return gm > 0
                    ? distribution().inverseCumulativeProbability(p)
                    : -distribution().inverseCumulativeProbability(1 - p);
        }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            if (gsd == 1) {
                return () -> gm;
            }
            ContinuousSampler magnitude = distribution().createSampler(rng)::sample;
            return gm > 0 ? magnitude : () -> -magnitude.sample();
        }

        /** The most likely value, GM / GSD^(ln GSD) = e^(μ − σ²) (mirrored for a negative GM). */
        public double mode() {
            double s = logSigma();
            return gm * Math.exp(-s * s);
        }

        /** The interval holding 95 % of draws by the usual rule, GM × GSD^±2 (exactly 95.45 %), low end first. */
        public double[] interval95() {
            double a = gm / (gsd * gsd);
            double b = gm * gsd * gsd;
            return new double[] {Math.min(a, b), Math.max(a, b)};
        }

        public void checkDescribes(String what, double stated) {
            if (Math.signum(stated) != Math.signum(gm)) {
                throw new DistributionMismatchException(what + ": the stated value " + stated + " is "
                        + (stated < 0 ? "negative" : stated > 0 ? "positive" : "zero") + " but lognormal(" + gm + ", "
                        + gsd
                        + ") draws only " + (gm > 0 ? "positive" : "negative")
                        + " values, which would flip its sign in the"
                        + " Monte Carlo result; write lognormal(" + stated + ", " + gsd + ")"
                        + (stated < 0 ? " (a mirrored lognormal)" : "")
                        + (stated == 0 ? " around a non-zero value" : ""));
            }
            if (!same(gm, stated)) {
                throw new DistributionMismatchException(what + ": the stated value " + stated + " is the median of its"
                        + " lognormal, but the geometric mean is " + gm + "; write lognormal(" + stated + ", " + gsd
                        + ") or"
                        + " correct the stated value (from an arithmetic mean m: GM = m / e^(ln²GSD / 2))");
            }
        }

        private ContinuousDistribution distribution() {
            return LogNormalDistribution.of(Math.log(Math.abs(gm)), logSigma());
        }
    }

    /** Normal with {@code mean} and standard deviation {@code sd} ≥ 0. */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            finite("normal", mean, sd);
            if (!(sd >= 0)) {
                throw new InvalidDistributionException(
                        "normal: the standard deviation must be zero or more, not " + sd);
            }
        }

        public String family() {
            return "normal";
        }

        public Map<String, Double> parameters() {
            return ordered("mean", mean, "sd", sd);
        }

        public double pointValue() {
            return mean;
        }

        public double variance() {
            return sd * sd;
        }

        public double quantile(double p) {
            return sd == 0 ? mean : NormalDistribution.of(mean, sd).inverseCumulativeProbability(p);
        }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return sd == 0 ? () -> mean : NormalDistribution.of(mean, sd).createSampler(rng)::sample;
        }

        public void checkDescribes(String what, double stated) {
            if (sd == 0 && !same(mean, stated)) {
                throw new DistributionMismatchException(what + ": the stated value is " + stated + " but normal(" + mean
                        + ", 0) always draws " + mean + "; they must be the same");
            }
        }
    }

    /** Triangular on [{@code min}, {@code max}] with its peak at {@code mode}. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            finite("triangular", min, mode, max);
            if (!(min <= mode && mode <= max)) {
                throw new InvalidDistributionException(
                        "triangular: need min ≤ mode ≤ max, not " + min + ", " + mode + ", " + max);
            }
        }

        public String family() {
            return "triangular";
        }

        public Map<String, Double> parameters() {
            return ordered("min", min, "mode", mode, "max", max);
        }

        public double pointValue() {
            return mode;
        }

        public double mean() {
            return (min + mode + max) / 3;
        }

        public double variance() {
            return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
        }

        public double quantile(double p) {
            return min == max ? min : TriangularDistribution.of(min, mode, max).inverseCumulativeProbability(p);
        }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return min == max
                    ? () -> min
                    : TriangularDistribution.of(min, mode, max).createSampler(rng)::sample;
        }

        public void checkDescribes(String what, double stated) {
            inSupport(what, stated, "triangular(" + min + ", " + mode + ", " + max + ")", min, max);
        }
    }

    /** Uniform on [{@code min}, {@code max}]. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            finite("uniform", min, max);
            if (!(min <= max)) {
                throw new InvalidDistributionException("uniform: min " + min + " is above max " + max);
            }
        }

        public String family() {
            return "uniform";
        }

        public Map<String, Double> parameters() {
            return ordered("min", min, "max", max);
        }

        public double pointValue() {
            return mean();
        }

        public double mean() {
            return (min + max) / 2;
        }

        public double variance() {
            return (max - min) * (max - min) / 12;
        }

        public double quantile(double p) {
            return min + p * (max - min);
        }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return min == max
                    ? () -> min
                    : UniformContinuousDistribution.of(min, max).createSampler(rng)::sample;
        }

        public void checkDescribes(String what, double stated) {
            inSupport(what, stated, "uniform(" + min + ", " + max + ")", min, max);
        }
    }
}
