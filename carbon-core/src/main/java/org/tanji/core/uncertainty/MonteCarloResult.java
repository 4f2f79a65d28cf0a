package org.tanji.core.uncertainty;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tanji.core.model.LifeCycleStage;

/**
 * The distribution of a footprint from a Monte Carlo run: statistics of the total and of each life-cycle stage,
 * the seed and iteration count that reproduce it, and Spearman rank correlations of the most influential inputs
 * with the total.
 */
public record MonteCarloResult(
        int iterations,
        long seed,
        SampleStatistics total,
        Map<LifeCycleStage, SampleStatistics> byStage,
        List<RankCorrelation> rankCorrelations) {

    public MonteCarloResult {
        byStage = Collections.unmodifiableMap(new EnumMap<>(byStage));
        rankCorrelations = List.copyOf(rankCorrelations);
    }

    /** Spearman's rank correlation of one input's draws with the total. */
    public record RankCorrelation(String input, double spearman) {}
}
