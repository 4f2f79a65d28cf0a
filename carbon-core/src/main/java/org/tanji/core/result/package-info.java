/**
 * Results of a footprint calculation as immutable values: totals by emission category, breakdowns by life-cycle
 * stage, gas, factor and BOM part, hotspots, and the trail from every number to its activity line and factor.
 */
package org.tanji.core.result;
