package org.tanji.core.factor;

/** An amount already characterised as kg CO2e (per unit of activity), in one emission category. */
public record Co2eAmount(EmissionCategory category, double kgCo2e) {}
