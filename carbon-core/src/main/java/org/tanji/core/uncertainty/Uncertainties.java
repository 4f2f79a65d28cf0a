package org.tanji.core.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which values of a footprint model are uncertain and how: activity amounts (by part and activity id) and emission
 * factors (by id). A factor used in several places draws one value per Monte Carlo iteration, wherever it is used.
 *
 * <pre>{@code
 * Uncertainties u = Uncertainties.builder()
 *     .activity("cell", "cell materials", Distribution.lognormal(1.98, 1.05))
 *     .factor("desnz-2024:li-ion-battery-primary", Distribution.lognormal(6.308, 1.3))
 *     .build();
 * }</pre>
 *
 * <p>Each distribution is of the value itself (kg of material per part, kg CO2e per factor unit); each iteration
 * scales the calculated line by sample ÷ stated value.
 */
public record Uncertainties(Map<String, Distribution> activities, Map<String, Distribution> factors) {

  public Uncertainties {
    activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
    factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The key of an activity: {@code partId/activityId}. */
  public static String activityKey(String partId, String activityId) {
    return partId + "/" + activityId;
  }

  /** Collects distributions. */
  public static final class Builder {
    private final Map<String, Distribution> activities = new LinkedHashMap<>();
    private final Map<String, Distribution> factors = new LinkedHashMap<>();

    public Builder activity(String partId, String activityId, Distribution d) {
      activities.put(activityKey(partId, activityId), d);
      return this;
    }

    public Builder factor(String factorId, Distribution d) {
      factors.put(factorId, d);
      return this;
    }

    public Uncertainties build() {
      return new Uncertainties(activities, factors);
    }
  }
}
