package org.tanji.core.result;

import org.tanji.core.factor.DataQuality;
import org.tanji.core.factor.Provenance;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.TransportWork;

/**
 * The audit trail of one number: which activity line of which part, how much (per declared unit), which factor
 * (with its source and version), the unit conversion, the GWP set, and the resulting kg CO2e.
 *
 * @param amount amount per declared unit, in {@code unit}
 * @param amountInFactorUnit the same amount converted to the factor's unit
 * @param factorKgCo2ePerUnit the factor characterised with {@code gwpSet}, per {@code factorUnit}
 * @param gwpSet the GWP set behind this line's factor ({@link org.tanji.core.factor.EmissionFactor#characterisedWith}):
 *     the calculation's for gases, the factor's own for CO2e it states ({@code unstated} when its publisher did not
 *     say)
 * @param alternativeKgCo2e for purchased electricity, the figure by the method the total does not use; else null
 * @param excluded true when the line's stage is outside the system boundary and the total leaves it out
 * @param transport for a transport leg, mode, mass, distance and t·km per declared unit; else null
 * @param factorQuality the factor's data-quality rating
 * @param primaryData whether the factor is primary data (measured at a supplier or site)
 */
public record LineResult(
        String lineId,
        String partId,
        String activityId,
        String label,
        LifeCycleStage stage,
        double amount,
        String unit,
        double amountInFactorUnit,
        String factorId,
        String factorName,
        String factorUnit,
        Provenance factorProvenance,
        double factorKgCo2ePerUnit,
        String gwpSet,
        double kgCo2e,
        Double alternativeKgCo2e,
        boolean excluded,
        TransportWork transport,
        DataQuality factorQuality,
        boolean primaryData) {}
