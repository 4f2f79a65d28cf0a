package org.tanji.core.uncertainty;

import org.tanji.core.factor.DataQuality;
import org.tanji.core.result.FactorContribution;
import org.tanji.core.result.FootprintResult;

/**
 * The model's data-quality rating per PEF/PACT: technological, geographical and temporal representativeness
 * (1 very good … 5 very poor), each the average of the factors' ratings weighted by their absolute contribution,
 * with the share of the footprint that was rated at all, and the primary data share.
 *
 * <pre>{@code
 * DataQualityRating dqr = DataQualityRating.of(result);
 * dqr.technological(); dqr.coverage();
 * }</pre>
 *
 * @param coverage share of the footprint (by absolute kg CO2e) whose factors carry all three ratings
 */
public record DataQualityRating(
        double technological, double geographical, double temporal, double coverage, double primaryDataShare) {

    public static DataQualityRating of(FootprintResult result) {
        double all = 0;
        double rated = 0;
        double t = 0;
        double g = 0;
        double p = 0;
        for (FactorContribution c : result.byFactor()) {
            double w = Math.abs(c.kgCo2e());
            all += w;
            DataQuality q = c.quality();
            if (q.technological() != null && q.geographical() != null && q.temporal() != null) {
                rated += w;
                t += w * q.technological();
                g += w * q.geographical();
                p += w * q.temporal();
            }
        }
        return rated == 0
                ? new DataQualityRating(Double.NaN, Double.NaN, Double.NaN, 0, result.primaryDataShare())
                : new DataQualityRating(t / rated, g / rated, p / rated, rated / all, result.primaryDataShare());
    }

    /** PEF's overall DQR of these three: their mean. */
    public double overall() {
        return (technological + geographical + temporal) / 3;
    }
}
