package org.tanji.portal.application;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;

/**
 * What a finished Monte Carlo run keeps: mean, standard deviation, the 95 % interval and the median of the total
 * and of each life-cycle stage (kg CO2e per declared unit), and the histogram of the total, stored as JSON with the
 * run. Runs stored before histograms were kept have none (null).
 */
public record MonteCarloStatistics(Stats total, Map<String, Stats> byStage, Histogram histogram) {
    /** How many bins a run's histogram of the total has. */
    public static final int BINS = 40;

    /** Statistics of one quantity. */
    public record Stats(double mean, double standardDeviation, double p2_5, double median, double p97_5) {}

    /** Equal-width bins of the total: {@code edges} has one more value than {@code counts}. */
    public record Histogram(List<Double> edges, List<Long> counts) {}

    public String toJson() {
        return StoredJson.write(this);
    }

    public static MonteCarloStatistics fromJson(String json) {
        return StoredJson.read(json, new TypeReference<MonteCarloStatistics>() {});
    }
}
