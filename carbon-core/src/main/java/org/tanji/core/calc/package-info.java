/**
 * The calculation: {@link org.tanji.core.calc.CalculationSetup} says what to calculate and how,
 * {@link org.tanji.core.calc.FootprintCalculator} does it and returns a
 * {@link org.tanji.core.result.FootprintResult}.
 */
package org.tanji.core.calc;
