package org.tanji.core.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SampleStatisticsTest {

    @Test
    void anEmptySampleHasNaNForEveryStatistic() {
        SampleStatistics empty = new SampleStatistics(new double[0]);
        assertEquals(0, empty.n());
        for (double v : new double[] {
            empty.mean(), empty.standardDeviation(), empty.median(), empty.percentile(2.5), empty.min(), empty.max()
        }) {
            assertEquals(Double.NaN, v);
        }
        SampleStatistics.Histogram h = empty.histogram(4);
        assertEquals(0, Arrays.stream(h.counts()).sum());
    }

    @Test
    void percentilesFollowHyndmanFanType7() {
        // R: quantile(c(1, 2, 3, 4, 10), c(0.025, 0.5, 0.975)) → 1.1, 3, 9.4 (type 7, R's default)
        SampleStatistics s = new SampleStatistics(new double[] {4, 1, 10, 3, 2});
        assertEquals(1.1, s.percentile(2.5), 1e-12);
        assertEquals(3, s.median(), 0);
        assertEquals(9.4, s.percentile(97.5), 1e-12);
        assertEquals(0, new SampleStatistics(new double[] {7}).standardDeviation(), 0);
    }
}
