package org.tanji.core.calc.solver;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.decomposition.lu.LuUpLooking_DSCC;

/**
 * The LU factorisation of one cyclic block of A, permuted symmetrically by a minimum-degree order: P·(ΠAΠᵀ) = L·U
 * with partial pivoting (EJML's up-looking sparse LU). Solves with A and with Aᵀ (for upstream intensities). The
 * block's pattern and ordering are kept, so new values (Monte Carlo) only redo the numeric LU.
 */
final class BlockLu implements Preconditioner {
    private final BlockMatrix block;
    /** position[local] = index in the permuted block. */
    private final int[] position;

    private final DMatrixSparseCSC permuted;
    /** The block entry (column order) of each entry of the permuted block. */
    private final int[] valueSource;

    private final LuUpLooking_DSCC lu = new LuUpLooking_DSCC(null);
    private final boolean copyBeforeDecompose;
    private int[] pinv;
    private DMatrixSparseCSC lower;
    private DMatrixSparseCSC upper;

    BlockLu(BlockMatrix block, MinimumDegree.Ordering ordering) {
        this.block = block;
        int n = block.size();
        int nnz = block.entries();
        int[] order = ordering.order();
        position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        // the permuted block in compressed columns; valueSource maps each of its entries back to the block's
        permuted = new DMatrixSparseCSC(n, n, nnz);
        valueSource = new int[nnz];
        int w = 0;
        for (int p = 0; p < n; p++) {
            permuted.col_idx[p] = w;
            int k = order[p];
            int from = w;
            for (int e = block.colStart[k]; e < block.colStart[k + 1]; e++) {
                permuted.nz_rows[w] = position[block.rowIndex[e]];
                valueSource[w++] = e;
            }
            sortColumn(from, w);
        }
        permuted.col_idx[n] = w;
        permuted.nz_length = w;
        permuted.indicesSorted = true;
        copyBeforeDecompose = lu.inputModified();
    }

    /** A factorisation of the same block, pattern and ordering shared, for another thread's values. */
    BlockLu(BlockLu pattern) {
        this.block = pattern.block;
        this.position = pattern.position;
        this.valueSource = pattern.valueSource;
        this.permuted = pattern.permuted.copy();
        this.copyBeforeDecompose = lu.inputModified();
    }

    private void sortColumn(int from, int to) {
        for (int a = from + 1; a < to; a++) { // insertion sort: columns are short
            int r = permuted.nz_rows[a];
            int s = valueSource[a];
            int b = a - 1;
            while (b >= from && permuted.nz_rows[b] > r) {
                permuted.nz_rows[b + 1] = permuted.nz_rows[b];
                valueSource[b + 1] = valueSource[b];
                b--;
            }
            permuted.nz_rows[b + 1] = r;
            valueSource[b + 1] = s;
        }
    }

    /** Factorises with the block's values (column order); false when the block is singular. */
    boolean factorise(double[] values) {
        for (int e = 0; e < valueSource.length; e++) {
            permuted.nz_values[e] = values[valueSource[e]];
        }
        if (!lu.decompose(copyBeforeDecompose ? permuted.copy() : permuted) || lu.isSingular()) {
            return false;
        }
        pinv = lu.getPinv();
        lower = lu.getL();
        upper = lu.getU();
        for (int k = 0; k < upper.numCols; k++) {
            double d = diagonal(upper, k);
            if (!(Math.abs(d) > 1e-300) || !Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    /** Entries of L and U together: the fill. */
    int factorEntries() {
        return lower.nz_length + upper.nz_length;
    }

    @Override
    public void apply(double[] x) {
        solve(x);
    }

    @Override
    public void applyTransposed(double[] x) {
        solveTransposed(x);
    }

    /** Solves A_BB·x = b in place: {@code x[k]} belongs to the block's k-th column. */
    // Scratch is allocated per call, not kept in a field: a factorisation is shared by every thread solving with one
    // SystemSolver and by its characterisedWith copies, so solving must not write to it.
    void solve(double[] x) {
        int n = block.size();
        double[] work = new double[n];
        for (int k = 0; k < n; k++) {
            work[pinv[position[k]]] = x[k]; // y = P·Π·b
        }
        lowerSolve(work);
        upperSolve(work);
        for (int k = 0; k < n; k++) {
            x[k] = work[position[k]];
        }
    }

    /** Solves A_BBᵀ·x = c in place. */
    void solveTransposed(double[] x) {
        int n = block.size();
        double[] work = new double[n];
        double[] work2 = new double[n];
        for (int k = 0; k < n; k++) {
            work[position[k]] = x[k];
        }
        upperTransposedSolve(work);
        lowerTransposedSolve(work);
        for (int i = 0; i < n; i++) {
            work2[i] = work[pinv[i]];
        }
        for (int k = 0; k < n; k++) {
            x[k] = work2[position[k]];
        }
    }

    private void lowerSolve(double[] x) {
        for (int j = 0; j < lower.numCols; j++) {
            double xj = x[j];
            for (int e = lower.col_idx[j]; e < lower.col_idx[j + 1]; e++) {
                int i = lower.nz_rows[e];
                if (i > j) {
                    x[i] -= lower.nz_values[e] * xj;
                }
            }
        }
    }

    private void upperSolve(double[] x) {
        for (int j = upper.numCols - 1; j >= 0; j--) {
            double xj = x[j] / diagonal(upper, j);
            x[j] = xj;
            for (int e = upper.col_idx[j]; e < upper.col_idx[j + 1]; e++) {
                int i = upper.nz_rows[e];
                if (i < j) {
                    x[i] -= upper.nz_values[e] * xj;
                }
            }
        }
    }

    private void upperTransposedSolve(double[] x) {
        for (int j = 0; j < upper.numCols; j++) {
            double s = x[j];
            double d = 0;
            for (int e = upper.col_idx[j]; e < upper.col_idx[j + 1]; e++) {
                int i = upper.nz_rows[e];
                if (i < j) {
                    s -= upper.nz_values[e] * x[i];
                } else if (i == j) {
                    d = upper.nz_values[e];
                }
            }
            x[j] = s / d;
        }
    }

    private void lowerTransposedSolve(double[] x) {
        for (int j = lower.numCols - 1; j >= 0; j--) {
            double s = x[j];
            for (int e = lower.col_idx[j]; e < lower.col_idx[j + 1]; e++) {
                int i = lower.nz_rows[e];
                if (i > j) {
                    s -= lower.nz_values[e] * x[i];
                }
            }
            x[j] = s;
        }
    }

    private static double diagonal(DMatrixSparseCSC m, int j) {
        for (int e = m.col_idx[j]; e < m.col_idx[j + 1]; e++) {
            if (m.nz_rows[e] == j) {
                return m.nz_values[e];
            }
        }
        return 0;
    }
}
