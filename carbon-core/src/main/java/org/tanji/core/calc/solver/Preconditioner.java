package org.tanji.core.calc.solver;

/**
 * An approximate (or exact) inverse of a cyclic block, applied in place: x ← M⁻¹x, or x ← M⁻ᵀx. The incomplete LU
 * preconditions the iterative path; the exact LU is one too, which is how a direct solution that misses the
 * residual bound is repaired by GMRES.
 */
interface Preconditioner {
    void apply(double[] x);

    void applyTransposed(double[] x);

    /** x ← M⁻¹x, or x ← M⁻ᵀx when {@code transposed}. */
    default void apply(double[] x, boolean transposed) {
        if (transposed) {
            applyTransposed(x);
        } else {
            apply(x);
        }
    }
}
