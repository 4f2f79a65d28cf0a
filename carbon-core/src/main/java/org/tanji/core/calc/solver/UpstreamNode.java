package org.tanji.core.calc.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the upstream tree: an amount of a product and the process providing it, with its total (everything
 * upstream) and direct kg CO2e. Children are expanded when asked; the totals of a node's children plus its direct
 * emissions equal its total, loops included (the tree is infinite through a loop, so expand with a cut-off).
 */
public final class UpstreamNode {
    private final Technosphere t;
    private final double[] direct;
    private final double[] lambda;
    private final int column;
    private final double amount;

    UpstreamNode(Technosphere t, double[] direct, double[] lambda, int column, double amount) {
        this.t = t;
        this.direct = direct;
        this.lambda = lambda;
        this.column = column;
        this.amount = amount;
    }

    public String process() {
        return t.columns.get(column).label();
    }

    public String product() {
        return t.columns.get(column).product();
    }

    /** Amount of the product, in its provider's unit (negative for an avoided product). */
    public double amount() {
        return amount;
    }

    public String unit() {
        return t.columns.get(column).unit();
    }

    /** kg CO2e of this amount with everything upstream. */
    public double total() {
        return amount * lambda[column];
    }

    /** kg CO2e the providing process emits itself for this amount. */
    public double direct() {
        return amount / t.diagonal[column] * direct[column];
    }

    /** The inputs (and avoided products) of the providing process for this amount, each with its provider. */
    public List<UpstreamNode> children() {
        List<UpstreamNode> out = new ArrayList<>();
        double runs = amount / t.diagonal[column];
        for (int e = t.colStart[column]; e < t.colStart[column + 1]; e++) {
            int i = t.rowIndex[e];
            if (i != column) {
                out.add(new UpstreamNode(t, direct, lambda, i, -t.values[e] * runs));
            }
        }
        return out;
    }

    /** The children whose |total| is at least {@code cutoff} of |{@code reference}|. */
    public List<UpstreamNode> children(double cutoff, double reference) {
        return children().stream()
                .filter(c -> Math.abs(c.total()) >= cutoff * Math.abs(reference))
                .toList();
    }

    @Override
    public String toString() {
        return amount + " " + unit() + " " + product() + " from " + process() + ": " + total() + " kg CO2e";
    }
}
