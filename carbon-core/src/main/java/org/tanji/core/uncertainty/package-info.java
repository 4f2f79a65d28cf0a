/**
 * Uncertainty: distributions on activity amounts and emission factors, the ecoinvent pedigree matrix, Monte Carlo
 * over BOM models and process systems (reproducible from a seed, on all cores), analytical first-order
 * propagation, data-quality aggregation and sensitivity.
 */
package org.tanji.core.uncertainty;
