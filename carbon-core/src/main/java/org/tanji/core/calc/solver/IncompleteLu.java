package org.tanji.core.calc.solver;

/**
 * ILU(0): Gaussian elimination on the block's own pattern, every fill-in dropped (Saad, <i>Iterative Methods for
 * Sparse Linear Systems</i>, 2nd ed., algorithm 10.4). It costs one pass over the block and exactly its entries, so
 * it stays small where a complete LU would fill. For an M-matrix — a productive economy, I − B with B ≥ 0 and
 * spectral radius below 1, which LCA systems nearly always are — it exists and is stable (Meijerink and van der
 * Vorst 1977); elsewhere a zero pivot can occur, and {@link #of} says so by answering null.
 */
final class IncompleteLu implements Preconditioner {
    private final BlockMatrix m;
    /** L (unit diagonal, not stored) below and U on and above the diagonal, by rows in the block's row pattern. */
    private final double[] lu;

    private final int[] diagonalEntry;

    private IncompleteLu(BlockMatrix m, double[] lu, int[] diagonalEntry) {
        this.m = m;
        this.lu = lu;
        this.diagonalEntry = diagonalEntry;
    }

    /** The ILU(0) of the block with {@code values} (column order); null on a zero or non-finite pivot. */
    static IncompleteLu of(BlockMatrix m, double[] values) {
        int n = m.size();
        double[] lu = new double[values.length];
        for (int w = 0; w < lu.length; w++) {
            lu[w] = values[m.entryOfRowEntry[w]];
        }
        int[] diagonalEntry = new int[n];
        int[] position = new int[n];
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < n; i++) {
            diagonalEntry[i] = -1;
            for (int w = m.rowStart[i]; w < m.rowStart[i + 1]; w++) {
                position[m.colOfRowEntry[w]] = w;
                if (m.colOfRowEntry[w] == i) {
                    diagonalEntry[i] = w;
                }
            }
            if (diagonalEntry[i] < 0) {
                return null;
            }
            for (int w = m.rowStart[i]; w < diagonalEntry[i]; w++) {
                int k = m.colOfRowEntry[w];
                double lik = lu[w] / lu[diagonalEntry[k]];
                lu[w] = lik;
                for (int v = diagonalEntry[k] + 1; v < m.rowStart[k + 1]; v++) {
                    int p = position[m.colOfRowEntry[v]];
                    if (p >= 0) {
                        lu[p] -= lik * lu[v];
                    }
                }
            }
            double pivot = lu[diagonalEntry[i]];
            if (!(Math.abs(pivot) > 1e-300) || !Double.isFinite(pivot)) {
                return null;
            }
            for (int w = m.rowStart[i]; w < m.rowStart[i + 1]; w++) {
                position[m.colOfRowEntry[w]] = -1;
            }
        }
        return new IncompleteLu(m, lu, diagonalEntry);
    }

    @Override
    public void apply(double[] x) {
        int n = m.size();
        for (int i = 0; i < n; i++) { // L·y = x
            double s = x[i];
            for (int w = m.rowStart[i]; w < diagonalEntry[i]; w++) {
                s -= lu[w] * x[m.colOfRowEntry[w]];
            }
            x[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) { // U·z = y
            double s = x[i];
            for (int w = diagonalEntry[i] + 1; w < m.rowStart[i + 1]; w++) {
                s -= lu[w] * x[m.colOfRowEntry[w]];
            }
            x[i] = s / lu[diagonalEntry[i]];
        }
    }

    @Override
    public void applyTransposed(double[] x) {
        int n = m.size();
        for (int i = 0; i < n; i++) { // Uᵀ·y = x, U's rows being Uᵀ's columns
            double yi = x[i] / lu[diagonalEntry[i]];
            x[i] = yi;
            for (int w = diagonalEntry[i] + 1; w < m.rowStart[i + 1]; w++) {
                x[m.colOfRowEntry[w]] -= lu[w] * yi;
            }
        }
        for (int i = n - 1; i >= 0; i--) { // Lᵀ·z = y
            double zi = x[i];
            for (int w = m.rowStart[i]; w < diagonalEntry[i]; w++) {
                x[m.colOfRowEntry[w]] -= lu[w] * zi;
            }
        }
    }

    /** Entries stored: exactly the block's. */
    int entries() {
        return lu.length;
    }
}
