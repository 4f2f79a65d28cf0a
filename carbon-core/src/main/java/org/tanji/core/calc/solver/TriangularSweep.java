package org.tanji.core.calc.solver;

/**
 * s = A⁻¹f for a matrix with no loops, by one pass in topological order: consumers first, each one's scaling
 * pushed to its providers. No factorisation. Both paths use it: the acyclic blocks of a process system, and a
 * bill of materials (parts are columns whose BOM lines are inputs).
 */
public final class TriangularSweep {
    private TriangularSweep() {}

    /**
     * Solves in place.
     *
     * @param order columns, every consumer before its providers
     * @param colStart compressed-column starts of A
     * @param rowIndex row of each entry
     * @param values value of each entry (inputs negative); entries on the diagonal are skipped
     * @param diagonal A's diagonal (reference amounts)
     * @param rhs f on entry; on return, the total demand for each column's product
     * @param s receives the scaling
     */
    public static void solve(
            int[] order, int[] colStart, int[] rowIndex, double[] values, double[] diagonal, double[] rhs, double[] s) {
        for (int j : order) {
            double sj = rhs[j] / diagonal[j];
            s[j] = sj;
            if (sj == 0) {
                continue;
            }
            for (int e = colStart[j]; e < colStart[j + 1]; e++) {
                int i = rowIndex[e];
                if (i != j) {
                    rhs[i] -= values[e] * sj;
                }
            }
        }
    }
}
