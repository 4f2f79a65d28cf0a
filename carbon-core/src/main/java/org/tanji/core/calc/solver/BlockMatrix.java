package org.tanji.core.calc.solver;

/**
 * One cyclic block A_BB of the technosphere in local numbering: its pattern in compressed columns, the entry of
 * A's value array each local entry comes from (so a Monte Carlo draw or a transposed solve reads the same cells),
 * and the same entries by rows for the incomplete LU. Immutable; values live in arrays the callers own.
 */
final class BlockMatrix {
    final int[] columns;
    final int[] colStart;
    final int[] rowIndex;
    /** Index in A's value array of each local entry (column order). */
    final int[] source;
    /** By rows: start of each row, column of each entry, and its index in the column-ordered arrays. */
    final int[] rowStart;

    final int[] colOfRowEntry;
    final int[] entryOfRowEntry;

    /**
     * @param columns global columns of the block, sorted
     * @param local scratch of A's size filled with −1; left as it was found
     */
    BlockMatrix(Technosphere t, int[] columns, int[] local) {
        this.columns = columns;
        int n = columns.length;
        for (int k = 0; k < n; k++) {
            local[columns[k]] = k;
        }
        colStart = new int[n + 1];
        int[] rowCount = new int[n + 1];
        int nnz = 0;
        for (int k = 0; k < n; k++) {
            int j = columns[k];
            for (int e = t.colStart[j]; e < t.colStart[j + 1]; e++) {
                int i = local[t.rowIndex[e]];
                if (i >= 0) {
                    nnz++;
                    rowCount[i + 1]++;
                }
            }
            colStart[k + 1] = nnz;
        }
        rowIndex = new int[nnz];
        source = new int[nnz];
        for (int k = 0, w = 0; k < n; k++) {
            int j = columns[k];
            for (int e = t.colStart[j]; e < t.colStart[j + 1]; e++) {
                int i = local[t.rowIndex[e]];
                if (i >= 0) {
                    rowIndex[w] = i;
                    source[w++] = e;
                }
            }
        }
        for (int k : columns) {
            local[k] = -1;
        }
        rowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = rowStart[i] + rowCount[i + 1];
        }
        colOfRowEntry = new int[nnz];
        entryOfRowEntry = new int[nnz];
        int[] next = rowStart.clone();
        for (int k = 0; k < n; k++) { // columns in order, so every row's entries come out sorted by column
            for (int e = colStart[k]; e < colStart[k + 1]; e++) {
                int w = next[rowIndex[e]]++;
                colOfRowEntry[w] = k;
                entryOfRowEntry[w] = e;
            }
        }
    }

    int size() {
        return columns.length;
    }

    int entries() {
        return rowIndex.length;
    }

    /** The block's values (column order) taken from A's value array. */
    double[] gather(double[] values) {
        double[] v = new double[source.length];
        for (int e = 0; e < v.length; e++) {
            v[e] = values[source[e]];
        }
        return v;
    }

    /** y = A_BB·x, or A_BBᵀ·x when {@code transposed}. */
    void multiply(double[] values, boolean transposed, double[] x, double[] y) {
        int n = columns.length;
        if (transposed) {
            for (int k = 0; k < n; k++) {
                double s = 0;
                for (int e = colStart[k]; e < colStart[k + 1]; e++) {
                    s += values[e] * x[rowIndex[e]];
                }
                y[k] = s;
            }
        } else {
            java.util.Arrays.fill(y, 0, n, 0);
            for (int k = 0; k < n; k++) {
                double xk = x[k];
                if (xk != 0) {
                    for (int e = colStart[k]; e < colStart[k + 1]; e++) {
                        y[rowIndex[e]] += values[e] * xk;
                    }
                }
            }
        }
    }

    /** ‖b − A_BB·x‖∞ / ‖b‖∞ (or with A_BBᵀ); 0 when b and x are both zero. */
    double relativeResidual(double[] values, boolean transposed, double[] b, double[] x) {
        double[] ax = new double[columns.length];
        multiply(values, transposed, x, ax);
        double r = 0;
        double norm = 0;
        for (int k = 0; k < ax.length; k++) {
            r = Math.max(r, Math.abs(b[k] - ax[k]));
            norm = Math.max(norm, Math.abs(b[k]));
        }
        return norm == 0 ? (r == 0 ? 0 : Double.POSITIVE_INFINITY) : r / norm;
    }

    /** The diagonal of A_BB (each process's reference amount). */
    double[] diagonal(double[] values) {
        double[] d = new double[columns.length];
        for (int k = 0; k < d.length; k++) {
            for (int e = colStart[k]; e < colStart[k + 1]; e++) {
                if (rowIndex[e] == k) {
                    d[k] = values[e];
                }
            }
        }
        return d;
    }
}
