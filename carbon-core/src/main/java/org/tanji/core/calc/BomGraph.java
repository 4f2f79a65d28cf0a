package org.tanji.core.calc;

import java.util.ArrayList;
import java.util.List;
import org.tanji.core.calc.solver.TriangularSweep;
import org.tanji.core.error.BomCycleException;
import org.tanji.core.error.UnknownPartException;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Part;

/**
 * The bill of materials as flat arrays, with the demand of each part per declared unit. Parts keep the model's
 * order, so passes over them read memory in the order it was filled; only demand propagation and roll-up follow
 * the topological {@link #order} (parents before components), over arrays alone. Shared parts are computed once,
 * whatever the number of parents. The BOM lines of part p are {@code lineStart[p]} to {@code lineStart[p + 1]}.
 */
final class BomGraph {
    final Part[] parts;
    final int[] lineStart;
    /**
     * For each BOM line: the index of its part, and minus the units needed per run of the parent (scrap and
     * allocation included) — an input, as in a technosphere matrix.
     */
    final int[] lineChild;

    final double[] lineInput;
    /** What one run of part p makes, in units of p: 1 ÷ its allocation scale (∞ for a zero share). */
    final double[] runOutput;
    /** Units of part p needed per declared unit; 0 for parts the root does not use. */
    final double[] demand;
    /** Runs of part p per declared unit: demand ÷ run output. */
    final double[] runs;
    /** Indices of the parts reachable from the root, parents before their components; the root first. */
    final int[] order;

    final List<String> unusedParts = new ArrayList<>();
    /** False for parts the root's BOM does not reach. */
    final boolean[] reachable;

    private BomGraph(Part[] parts, int[] lineStart, int[] lineChild, double[] lineInput, double[] runOutput, int root) {
        this.parts = parts;
        this.lineStart = lineStart;
        this.lineChild = lineChild;
        this.lineInput = lineInput;
        this.runOutput = runOutput;
        this.demand = new double[parts.length];
        this.runs = new double[parts.length];
        this.reachable = new boolean[parts.length];
        this.order = topologicalOrder(root);
    }

    static BomGraph of(FootprintModel model) {
        Part[] parts = model.parts().values().toArray(new Part[0]);
        IdIndex index = new IdIndex(parts.length);
        int lines = 0;
        for (int i = 0; i < parts.length; i++) {
            index.put(parts[i].id(), i);
            lines += parts[i].components().size();
        }
        int[] start = new int[parts.length + 1];
        int[] child = new int[lines];
        double[] input = new double[lines];
        double[] runOutput = new double[parts.length];
        for (int i = 0, l = 0; i < parts.length; i++) {
            for (BomLine line : parts[i].components()) {
                int c = index.get(line.partId());
                if (c < 0) {
                    throw new UnknownPartException(line.partId(), "a BOM line of part '" + parts[i].id() + "'");
                }
                child[l] = c;
                input[l++] = -line.grossQuantity();
            }
            start[i + 1] = l;
            double scale = parts[i].allocationScale();
            runOutput[i] = scale == 0 ? Double.POSITIVE_INFINITY : 1 / scale;
        }
        BomGraph graph = new BomGraph(parts, start, child, input, runOutput, index.get(model.rootPartId()));
        graph.propagateDemand(model.referenceFlow());
        return graph;
    }

    /**
     * The BOM is a technosphere matrix without loops: part p is a column whose diagonal is one run's output and
     * whose BOM lines are inputs. The same sweep as the process-system solver's acyclic path gives each part's
     * demand and runs.
     */
    private void propagateDemand(double referenceFlow) {
        demand[order[0]] = referenceFlow;
        TriangularSweep.solve(order, lineStart, lineChild, lineInput, runOutput, demand, runs);
    }

    /**
     * The parts reachable from the root, parents first. Most models list parents before their components; then
     * the model's own order is topological, no cycle is possible, and one sequential pass finds it. Otherwise a
     * depth-first search orders the parts and reports the first cycle found.
     */
    private int[] topologicalOrder(int root) {
        if (!listsParentsFirst(root)) {
            return depthFirstOrder(root);
        }
        reachable[root] = true;
        int count = 0;
        for (int p = root; p < parts.length; p++) {
            if (reachable[p]) {
                count++;
                for (int l = lineStart[p]; l < lineStart[p + 1]; l++) {
                    reachable[lineChild[l]] = true;
                }
            }
        }
        int[] order = new int[count];
        for (int p = 0, k = 0; p < parts.length; p++) {
            if (reachable[p]) {
                order[k++] = p;
            } else {
                unusedParts.add(parts[p].id());
            }
        }
        return order;
    }

    /** True when every BOM line points to a part listed after its parent, and the root comes first among them. */
    private boolean listsParentsFirst(int root) {
        for (int p = 0; p < parts.length; p++) {
            for (int l = lineStart[p]; l < lineStart[p + 1]; l++) {
                if (lineChild[l] <= p || lineChild[l] <= root) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Reverse post-order of an iterative depth-first search from the root; reports the first cycle found. */
    private int[] depthFirstOrder(int root) {
        int n = parts.length;
        byte[] state = new byte[n]; // 0 unvisited, 1 on the stack, 2 done
        int[] stack = new int[n];
        int[] next = new int[n];
        int[] post = new int[n];
        int done = 0;
        int top = 0;
        stack[0] = root;
        state[root] = 1;
        while (top >= 0) {
            int p = stack[top];
            int l = lineStart[p] + next[p];
            if (l < lineStart[p + 1]) {
                next[p]++;
                int c = lineChild[l];
                if (state[c] == 1) {
                    throw new BomCycleException(cyclePath(stack, top, c));
                }
                if (state[c] == 0) {
                    state[c] = 1;
                    stack[++top] = c;
                }
            } else {
                state[p] = 2;
                post[done++] = p;
                top--;
            }
        }
        int[] reversed = new int[done];
        for (int k = 0; k < done; k++) {
            reversed[k] = post[done - 1 - k];
        }
        for (int i = 0; i < n; i++) {
            reachable[i] = state[i] != 0;
            if (!reachable[i]) {
                unusedParts.add(parts[i].id());
            }
        }
        return reversed;
    }

    private String cyclePath(int[] stack, int top, int repeated) {
        StringBuilder path = new StringBuilder();
        int from = top;
        while (stack[from] != repeated) {
            from--;
        }
        for (int k = from; k <= top; k++) {
            path.append(parts[stack[k]].id()).append(" → ");
        }
        return path.append(parts[repeated].id()).toString();
    }
}
