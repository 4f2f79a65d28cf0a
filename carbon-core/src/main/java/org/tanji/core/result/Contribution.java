package org.tanji.core.result;

/**
 * What one group of lines contributes per declared unit, grouped by an attribute of the lines (the region of their
 * factors, their part, their life-cycle stage …).
 *
 * @param group the attribute's value that makes the group
 * @param lines how many included lines the group holds
 * @param share the group's kg CO2e over the total (negative for removals)
 */
public record Contribution(String group, int lines, double kgCo2e, double share) {}
