package org.tanji.factors;

import java.util.Map;
import java.util.TreeMap;
import org.tanji.core.result.FactorContribution;
import org.tanji.core.result.FootprintResult;

/**
 * The dataset versions a calculation used ({@code desnz-2024 → 1.1}), so it can be recalculated identically after
 * newer versions are added: {@code library.pinnedTo(pins)} answers from those versions.
 *
 * <pre>{@code
 * DatasetPins pins = DatasetPins.of(result);        // store beside the result
 * FootprintCalculator.using(library.pinnedTo(pins)).calculate(model); // same numbers, years later
 * }</pre>
 */
public record DatasetPins(Map<String, String> versions) {

  public DatasetPins {
    versions = Map.copyOf(versions);
  }

  /** The dataset versions of the factors a result used. */
  public static DatasetPins of(FootprintResult result) {
    Map<String, String> v = new TreeMap<>();
    for (FactorContribution c : result.byFactor()) {
      if (c.provenance().dataset() != null && c.provenance().version() != null) {
        v.put(c.provenance().dataset(), c.provenance().version());
      }
    }
    return new DatasetPins(v);
  }
}
