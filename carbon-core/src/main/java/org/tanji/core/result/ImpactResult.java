package org.tanji.core.result;

import java.util.Map;

/**
 * A user characterisation method's result for a demand: its total in its own unit, and each flow's part. Never
 * kg CO2e, never added to the footprint.
 *
 * @param byFlow per flow: its amount in the unit it was stated in, times the method's factor
 */
public record ImpactResult(String method, String unit, double total, Map<String, Double> byFlow) {
    public ImpactResult {
        byFlow = Map.copyOf(byFlow);
    }
}
