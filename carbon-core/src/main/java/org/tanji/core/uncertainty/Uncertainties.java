package org.tanji.core.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tanji.core.factor.DataQuality;
import org.tanji.core.result.FactorContribution;
import org.tanji.core.result.FootprintResult;

/**
 * Which values of a footprint model are uncertain and how: activity amounts (by part and activity id) and emission
 * factors (by id). A factor used in several places draws one value per Monte Carlo iteration, wherever it is used.
 * A model file states its own ({@link org.tanji.core.model.FootprintModel#uncertainties()}); where it states none,
 * {@link #fromDataQuality} derives lognormals from the factors' data-quality ratings.
 *
 * <pre>{@code
 * Uncertainties u = Uncertainties.builder()
 *     .activity("cell", "cell materials", Distribution.lognormal(1.98, 1.05))
 *     .factor("desnz-2024:li-ion-battery-primary", Uncertainty.lognormalAroundStated(1.3))
 *     .build();
 * Uncertainties used = model.uncertainties().over(Uncertainties.fromDataQuality(result));
 * }</pre>
 *
 * <p>Each distribution is of the value itself (kg of material per part, kg CO2e per factor unit); each iteration
 * scales the calculated line by sample ÷ stated value.
 */
public record Uncertainties(Map<String, Uncertainty> activities, Map<String, Uncertainty> factors) {
    /** No value uncertain. */
    public static final Uncertainties NONE = new Uncertainties(Map.of(), Map.of());

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

    public boolean isEmpty() {
        return activities.isEmpty() && factors.isEmpty();
    }

    /** These uncertainties, and {@code defaults} for the values these do not mention. */
    public Uncertainties over(Uncertainties defaults) {
        Map<String, Uncertainty> a = new LinkedHashMap<>(defaults.activities);
        a.putAll(activities);
        Map<String, Uncertainty> f = new LinkedHashMap<>(defaults.factors);
        f.putAll(factors);
        return new Uncertainties(a, f);
    }

    /**
     * Lognormals for every factor of {@code result} from its data-quality ratings by the ecoinvent pedigree matrix
     * (reliability and completeness 2, an unrated indicator 3, basic GSD 1.05), centred on the stated value.
     */
    public static Uncertainties fromDataQuality(FootprintResult result) {
        Builder u = builder();
        for (FactorContribution f : result.byFactor()) {
            if (f.kgCo2ePerUnit() != 0) {
                DataQuality q = f.quality();
                Pedigree p = new Pedigree(
                        2, 2, orThree(q.temporal()), orThree(q.geographical()), orThree(q.technological()), 1.05);
                u.factor(f.factorId(), Uncertainty.lognormalAroundStated(p.gsd()));
            }
        }
        return u.build();
    }

    private static int orThree(Integer score) {
        return score == null ? 3 : score;
    }

    /** Collects distributions. */
    public static final class Builder {
        private final Map<String, Uncertainty> activities = new LinkedHashMap<>();
        private final Map<String, Uncertainty> factors = new LinkedHashMap<>();

        public Builder activity(String partId, String activityId, Uncertainty u) {
            activities.put(activityKey(partId, activityId), u);
            return this;
        }

        public Builder factor(String factorId, Uncertainty u) {
            factors.put(factorId, u);
            return this;
        }

        public Uncertainties build() {
            return new Uncertainties(activities, factors);
        }
    }
}
