package org.tanji.core.result;

import org.tanji.core.model.ElectricityMethod;

/**
 * Purchased electricity both ways (GHG Protocol Scope 2): location-based and market-based kg CO2e per declared
 * unit, and which of the two the total uses.
 */
public record ElectricityResult(double locationBasedKgCo2e, double marketBasedKgCo2e, ElectricityMethod usedInTotal) {}
