/**
 * Tanji carbon-core: product carbon footprints (ISO 14067, GB/T 24067-2024, GHG Protocol Product Standard)
 * computed from a bill of materials, activity data and emission factors.
 *
 * <p>Start with {@link org.tanji.core.calc.FootprintCalculator}:
 *
 * <pre>{@code
 * FootprintModel model = ModelJson.read(Path.of("battery-pack.json"));
 * FootprintResult result = FootprintCalculator.using(FactorSource.empty()).calculate(model);
 * double kgCo2ePerDeclaredUnit = result.total();
 * }</pre>
 */
package org.tanji.core;
