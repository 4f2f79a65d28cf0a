package org.tanji.core.factor;

/** A mass of one gas, in kg per unit of activity (in a factor) or per declared unit (in a result). */
public record GasAmount(Gas gas, double kg) {}
