package org.tanji.core.uncertainty;

/**
 * One uncertain value of a model as the propagation sees it: its distribution, the value the deterministic result
 * used, and the kg CO2e that depend on it linearly (its lines' sum).
 *
 * @param key {@code activity partId/activityId} or {@code factor id}
 */
public record UncertainInput(String key, Distribution distribution, double statedValue, double dependentKgCo2e) {

    /** σ of ln of this input's multiplier (sample ÷ stated value). */
    double logSigma() {
        return distribution.logSigma();
    }

    /** Variance of the multiplier. */
    double multiplierVariance() {
        return distribution.variance() / (statedValue * statedValue);
    }
}
