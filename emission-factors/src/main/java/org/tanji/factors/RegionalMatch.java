package org.tanji.factors;

import java.util.List;

/**
 * The answer of a region-fallback lookup: the factor found, the region asked for, the region that answered and
 * the chain that was walked, so the user sees that a Xiamen request was answered by Fujian's factor.
 *
 * @param level 0 when the requested region answered, 1 for its parent, and so on
 */
public record RegionalMatch(LibraryFactor factor, String requested, String answeredBy, int level, List<String> chain) {

    public boolean exact() {
        return level == 0;
    }
}
