package org.tanji.core.model;

import org.tanji.core.error.InvalidModelException;

/**
 * The share of an input that is recycled material, and the factor of that recycled material (the recycling
 * process only, per the cut-off approach).
 */
public record RecycledContent(double share, String recycledFactorId) {

    public RecycledContent {
        if (!(share >= 0 && share <= 1)) {
            throw new InvalidModelException("recycled content share is " + share + "; it must be between 0 and 1");
        }
        if (share > 0 && (recycledFactorId == null || recycledFactorId.isBlank())) {
            throw new InvalidModelException("recycled content of " + share
                    + " needs the emission factor of the recycled material (cut-off approach:"
                    + " the recycling process's burden), e.g. a DESNZ 'closed-loop source' factor");
        }
    }
}
