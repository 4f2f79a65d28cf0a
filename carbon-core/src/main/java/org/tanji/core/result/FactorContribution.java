package org.tanji.core.result;

import org.tanji.core.factor.DataQuality;
import org.tanji.core.factor.Provenance;

/**
 * What one emission factor contributes per declared unit: the activity amount it was applied to (in the factor's
 * unit) and the kg CO2e that gave.
 *
 * @param share the contribution's share of the total (negative for removals)
 */
public record FactorContribution(
        String factorId,
        String name,
        Provenance provenance,
        boolean primary,
        DataQuality quality,
        String unit,
        double kgCo2ePerUnit,
        double activityAmount,
        double kgCo2e,
        double share) {}
