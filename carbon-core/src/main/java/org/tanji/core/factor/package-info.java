/**
 * Emission factors, greenhouse gases and IPCC GWP100 sets; {@link org.tanji.core.factor.FactorSource} is how
 * factor libraries (the emission-factors module, a supplier's own data, a test) reach the calculator.
 */
package org.tanji.core.factor;
