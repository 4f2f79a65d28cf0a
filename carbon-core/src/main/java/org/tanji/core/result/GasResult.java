package org.tanji.core.result;

/**
 * One gas's share of the footprint per declared unit.
 *
 * @param gas the gas code ({@code CH4-fossil}); for CO2e stated by factors without a gas split
 *     {@code CO2e (<category>)}
 * @param kgGas mass of the gas, or NaN for CO2e stated without a gas split
 * @param gwp GWP100 applied, or NaN for CO2e stated without a gas split
 */
public record GasResult(String gas, String category, double kgGas, double gwp, double kgCo2e) {}
