package org.tanji.portal.application;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tanji.core.uncertainty.MonteCarloResult;
import org.tanji.core.uncertainty.SampleStatistics;

/**
 * What a finished Monte Carlo run keeps: mean, standard deviation, the 95 % interval and the median of the total
 * and of each life-cycle stage (kg CO2e per declared unit), stored as JSON with the run.
 */
public record MonteCarloStatistics(Stats total, Map<String, Stats> byStage) {
  /** Statistics of one quantity. */
  public record Stats(double mean, double standardDeviation, double p2_5, double median, double p97_5) {
    static Stats of(SampleStatistics s) {
      return new Stats(s.mean(), s.standardDeviation(), s.percentile(2.5), s.median(), s.percentile(97.5));
    }
  }

  public static MonteCarloStatistics of(MonteCarloResult r) {
    Map<String, Stats> stages = new LinkedHashMap<>();
    r.byStage().forEach((stage, s) -> stages.put(stage.key(), Stats.of(s)));
    return new MonteCarloStatistics(Stats.of(r.total()), stages);
  }

  public String toJson() {
    return StoredJson.write(this);
  }

  public static MonteCarloStatistics fromJson(String json) {
    return StoredJson.read(json, new TypeReference<MonteCarloStatistics>() {});
  }
}
