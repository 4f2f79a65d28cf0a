package org.tanji.factors;

import java.util.List;

/** One version of a dataset: its manifest and its validated factors. */
public record Dataset(DatasetManifest manifest, List<LibraryFactor> factors) {
    public Dataset {
        factors = List.copyOf(factors);
    }
}
