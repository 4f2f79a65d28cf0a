package org.tanji.core.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.tanji.core.error.InvalidDistributionException;

/**
 * The uncertainty of one value: lognormal (geometric mean and geometric standard deviation, as ecoinvent states
 * it), normal, triangular, uniform, or fixed. Sampling and quantiles come from Apache Commons Statistics.
 *
 * <pre>{@code
 * Distribution steel = Distribution.lognormal(2.1, 1.15);          // GM 2.1 kg CO2e/kg, GSD 1.15
 * Distribution fromPedigree = Distribution.lognormal(2.1, new Pedigree(2, 3, 2, 1, 3, 1.05).gsd());
 * }</pre>
 */
public sealed interface Distribution {

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
  }

  /** Lognormal with geometric mean {@code gm} (its median) and geometric standard deviation {@code gsd} ≥ 1. */
  record Lognormal(double gm, double gsd) implements Distribution {
    public Lognormal {
      finite("lognormal", gm, gsd);
      if (!(gm > 0)) {
        throw new InvalidDistributionException("lognormal: the geometric mean must be positive, not " + gm
            + " (for negative values use a normal distribution)");
      }
      if (!(gsd >= 1)) {
        throw new InvalidDistributionException("lognormal: the geometric standard deviation must be at least 1,"
            + " not " + gsd + " (GSD 1 means no uncertainty)");
      }
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
      return gsd == 1 ? gm : distribution().inverseCumulativeProbability(p);
    }

    public ContinuousSampler sampler(UniformRandomProvider rng) {
      return gsd == 1 ? () -> gm : distribution().createSampler(rng)::sample;
    }

    private ContinuousDistribution distribution() {
      return LogNormalDistribution.of(Math.log(gm), logSigma());
    }
  }

  /** Normal with {@code mean} and standard deviation {@code sd} ≥ 0. */
  record Normal(double mean, double sd) implements Distribution {
    public Normal {
      finite("normal", mean, sd);
      if (!(sd >= 0)) {
        throw new InvalidDistributionException("normal: the standard deviation must be zero or more, not " + sd);
      }
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
  }

  /** Triangular on [{@code min}, {@code max}] with its peak at {@code mode}. */
  record Triangular(double min, double mode, double max) implements Distribution {
    public Triangular {
      finite("triangular", min, mode, max);
      if (!(min <= mode && mode <= max)) {
        throw new InvalidDistributionException("triangular: need min ≤ mode ≤ max, not " + min + ", " + mode + ", "
            + max);
      }
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
      return min == max ? () -> min : TriangularDistribution.of(min, mode, max).createSampler(rng)::sample;
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
      return min == max ? () -> min : UniformContinuousDistribution.of(min, max).createSampler(rng)::sample;
    }
  }
}
