package org.tanji.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs stored before histograms were kept still read (and their text, which certifications hash, is untouched). */
class MonteCarloStatisticsTest {
    @Test
    void aRunStoredWithoutAHistogramReadsWithNone() {
        String stored = "{\"total\":{\"mean\":2.0,\"standardDeviation\":0.5,\"p2_5\":1.1,\"median\":1.9,\"p97_5\":3.2},"
                + "\"byStage\":{}}";
        MonteCarloStatistics s = MonteCarloStatistics.fromJson(stored);
        assertEquals(1.9, s.total().median());
        assertNull(s.histogram());
    }

    @Test
    void aHistogramIsKeptWithTheRun() {
        var stats = new MonteCarloStatistics.Stats(2, 0.5, 1.1, 1.9, 3.2);
        var h = new MonteCarloStatistics.Histogram(List.of(1.0, 2.0, 3.0), List.of(4L, 6L));
        MonteCarloStatistics back =
                MonteCarloStatistics.fromJson(new MonteCarloStatistics(stats, Map.of("production", stats), h).toJson());
        assertEquals(h, back.histogram());
        assertEquals(stats, back.byStage().get("production"));
    }
}
