package org.tanji.core.calc.solver;

import java.util.List;

/**
 * A compiled process system: the square technosphere matrix A in compressed columns (row i is the reference
 * product of column i, so the diagonal holds the reference amounts), and per column its direct emissions.
 */
final class Technosphere {
    /** What column j is: a process, or one product's share of a multi-output process. */
    record Column(String processId, String processName, String product, String unit, double allocationFactor) {
        String label() {
            return allocationFactor == 1 ? processId : processId + " [" + product + "]";
        }
    }

    /**
     * What one exchange adds to one matrix cell (row, column) of A — or, when {@code elementary}, of the gas
     * matrix — so Monte Carlo can rescale exactly that exchange.
     */
    record Contribution(
            String process, String flow, boolean elementary, int column, int row, double value, double stated) {}

    final List<Column> columns;
    final List<Contribution> contributions;
    final int[] colStart;
    final int[] rowIndex;
    final double[] values;
    final double[] diagonal;
    /** Gas codes of the intervention rows. */
    final List<String> gases;
    /** Per column: gas row indices and kg, net of uptake. */
    final int[][] gasRows;

    final double[][] gasKg;
    /** Elementary flows other than gases, each in the unit it was first stated in; per column their amounts. */
    final List<String> otherFlows;

    final List<javax.measure.Unit<?>> otherUnits;
    final int[][] otherRows;
    final double[][] otherAmounts;

    Technosphere(
            List<Column> columns,
            int[] colStart,
            int[] rowIndex,
            double[] values,
            List<String> gases,
            int[][] gasRows,
            double[][] gasKg,
            List<Contribution> contributions,
            List<String> otherFlows,
            List<javax.measure.Unit<?>> otherUnits,
            int[][] otherRows,
            double[][] otherAmounts) {
        this.otherFlows = otherFlows;
        this.otherUnits = otherUnits;
        this.otherRows = otherRows;
        this.otherAmounts = otherAmounts;
        this.columns = columns;
        this.contributions = contributions;
        this.colStart = colStart;
        this.rowIndex = rowIndex;
        this.values = values;
        this.gases = gases;
        this.gasRows = gasRows;
        this.gasKg = gasKg;
        this.diagonal = new double[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                if (rowIndex[k] == j) {
                    diagonal[j] = values[k];
                }
            }
        }
    }

    /** Index in {@link #values} of entry (row, column), or −1. */
    int entry(int row, int column) {
        int k = java.util.Arrays.binarySearch(rowIndex, colStart[column], colStart[column + 1], row);
        return k >= 0 ? k : -1;
    }

    int size() {
        return columns.size();
    }
}
