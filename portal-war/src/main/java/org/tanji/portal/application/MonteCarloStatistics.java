package org.tanji.portal.application;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;

/**
 * What a finished Monte Carlo run keeps: mean, standard deviation, the 95 % interval and the median of the total
 * and of each life-cycle stage (kg CO2e per declared unit), stored as JSON with the run.
 */
public record MonteCarloStatistics(Stats total, Map<String, Stats> byStage) {
    /** Statistics of one quantity. */
    public record Stats(double mean, double standardDeviation, double p2_5, double median, double p97_5) {}

    public String toJson() {
        return StoredJson.write(this);
    }

    public static MonteCarloStatistics fromJson(String json) {
        return StoredJson.read(json, new TypeReference<MonteCarloStatistics>() {});
    }
}
