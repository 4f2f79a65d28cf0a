package org.tanji.factors;

/** A search hit: the factor and how well it matched (higher is better). */
public record FactorMatch(LibraryFactor factor, double score) {}
