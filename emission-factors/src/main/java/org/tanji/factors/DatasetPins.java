package org.tanji.factors;

import java.util.Map;

/**
 * The dataset versions a calculation used ({@code desnz-2024 → 1.1}), so it can be recalculated identically after
 * newer versions are added: {@code library.pinnedTo(pins)} answers from those versions. Get them from the library
 * that supplied the factors, {@link FactorLibrary#pinsOf}: a model's own factors are not pinned.
 *
 * <pre>{@code
 * DatasetPins pins = library.pinsOf(result);                          // store beside the result
 * FootprintCalculator.using(library.pinnedTo(pins)).calculate(model); // same numbers, years later
 * }</pre>
 */
public record DatasetPins(Map<String, String> versions) {

    public DatasetPins {
        versions = Map.copyOf(versions);
    }
}
