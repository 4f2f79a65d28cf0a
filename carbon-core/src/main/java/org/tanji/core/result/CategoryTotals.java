package org.tanji.core.result;

import org.tanji.core.factor.EmissionCategory;

/**
 * kg CO2e split the way ISO 14067 and PACT report it. Biogenic removals are negative.
 *
 * @param fossil fossil GHG emissions (and fossil removals)
 * @param biogenicEmissions biogenic CO2 and CH4 released
 * @param biogenicRemovals biogenic CO2 taken up, as a negative number
 * @param landUseChange direct land-use change emissions
 */
public record CategoryTotals(double fossil, double biogenicEmissions, double biogenicRemovals, double landUseChange) {

    public static final CategoryTotals ZERO = new CategoryTotals(0, 0, 0, 0);

    /** Totals from an array indexed by {@link EmissionCategory#ordinal()}. */
    public static CategoryTotals of(double[] byCategory) {
        return new CategoryTotals(byCategory[0], byCategory[1], byCategory[2], byCategory[3]);
    }

    /** Everything: fossil + biogenic emissions + biogenic removals + land-use change. */
    public double total() {
        return fossil + biogenicEmissions + biogenicRemovals + landUseChange;
    }

    /** Fossil and land-use change only (PACT's pCfExcludingBiogenic). */
    public double excludingBiogenic() {
        return fossil + landUseChange;
    }

    public double get(EmissionCategory category) {
        switch (category) {
            case FOSSIL:
                return fossil;
            case BIOGENIC_EMISSION:
                return biogenicEmissions;
            case BIOGENIC_REMOVAL:
                return biogenicRemovals;
            default:
                return landUseChange;
        }
    }
}
