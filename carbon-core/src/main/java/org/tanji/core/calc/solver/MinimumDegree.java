package org.tanji.core.calc.solver;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * A fill-reducing ordering for the LU of one cyclic block: minimum degree on the pattern of A + Aᵀ, eliminated in a
 * quotient graph (eliminated nodes become elements that stand for the clique of their neighbours, so fill is never
 * formed explicitly) with an approximate degree (George and Liu 1989; Amestoy, Davis and Duff 1996). Hubs —
 * electricity, transport, steel, used by everything — come last, which keeps their fill to their own rows and
 * columns.
 */
final class MinimumDegree {
    private final int n;
    private final IntList[] variables;
    private final IntList[] elements;
    private final IntList[] members;
    private final boolean[] eliminated;
    private final boolean[] absorbed;
    private final int[] degree;
    private final int[] mark;
    private int stamp;

    private MinimumDegree(int n) {
        this.n = n;
        variables = new IntList[n];
        elements = new IntList[n];
        members = new IntList[n];
        eliminated = new boolean[n];
        absorbed = new boolean[n];
        degree = new int[n];
        mark = new int[n];
        for (int i = 0; i < n; i++) {
            variables[i] = new IntList(4);
            elements[i] = new IntList(2);
        }
    }

    /**
     * An elimination order and what it costs: {@code order[k]} is the column eliminated k-th; {@code
     * choleskyEntries} counts the off-diagonal entries of L in the Cholesky factor of the pattern of A + Aᵀ under
     * it — the size of each eliminated node's clique, exact in a quotient graph — which bounds an LU without
     * pivoting at twice that plus the diagonal.
     */
    record Ordering(int[] order, long choleskyEntries) {}

    /**
     * The ordering of a block given as compressed columns (local indices, any diagonal ignored), or null as soon as
     * the factor would hold more than {@code budget} Cholesky entries: an ordering that fills too much is
     * abandoned early, so estimating the fill of a block the iterative path will take costs little.
     */
    static Ordering order(int n, int[] colStart, int[] rowIndex, long budget) {
        return new MinimumDegree(n).run(colStart, rowIndex, budget);
    }

    private Ordering run(int[] colStart, int[] rowIndex, long budget) {
        for (int j = 0; j < n; j++) {
            for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                int i = rowIndex[k];
                if (i != j) {
                    variables[i].add(j);
                    variables[j].add(i);
                }
            }
        }
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        for (int v = 0; v < n; v++) {
            variables[v].removeDuplicates(mark, ++stamp);
            degree[v] = variables[v].size;
            queue.add(new long[] {((long) degree[v] << 32) | v});
        }
        int[] order = new int[n];
        int done = 0;
        long entries = 0;
        while (done < n) {
            long top = queue.poll()[0];
            int p = (int) top;
            if (eliminated[p] || (int) (top >>> 32) != degree[p]) {
                continue; // stale entry
            }
            order[done++] = p;
            entries += eliminate(p, queue);
            if (entries > budget) {
                return null;
            }
        }
        return new Ordering(order, entries);
    }

    /** Eliminates p; answers the size of its clique (its column of L). */
    private int eliminate(int p, PriorityQueue<long[]> queue) {
        eliminated[p] = true;
        int s = ++stamp;
        IntList clique = new IntList(variables[p].size + 8);
        mark[p] = s;
        for (int i = 0; i < variables[p].size; i++) {
            int v = variables[p].data[i];
            if (!eliminated[v] && mark[v] != s) {
                mark[v] = s;
                clique.add(v);
            }
        }
        for (int i = 0; i < elements[p].size; i++) {
            int e = elements[p].data[i];
            if (absorbed[e]) {
                continue;
            }
            for (int k = 0; k < members[e].size; k++) {
                int v = members[e].data[k];
                if (!eliminated[v] && mark[v] != s) {
                    mark[v] = s;
                    clique.add(v);
                }
            }
            absorbed[e] = true; // p's element covers e's clique now
            members[e] = null;
        }
        members[p] = clique;
        variables[p] = null;
        elements[p] = null;
        for (int i = 0; i < clique.size; i++) {
            int u = clique.data[i];
            // variables reachable through element p need no edge of their own
            variables[u].removeIf(v -> eliminated[v] || mark[v] == s);
            elements[u].removeIf(e -> absorbed[e] || e == p);
            elements[u].add(p);
            long d = variables[u].size;
            for (int k = 0; k < elements[u].size; k++) {
                d += members[elements[u].data[k]].size - 1;
            }
            degree[u] = (int) Math.min(d, n - 1);
            queue.add(new long[] {((long) degree[u] << 32) | u});
        }
        return clique.size;
    }

    /** A growable int array. */
    static final class IntList {
        int[] data;
        int size;

        IntList(int capacity) {
            data = new int[Math.max(1, capacity)];
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        void removeIf(java.util.function.IntPredicate drop) {
            int w = 0;
            for (int r = 0; r < size; r++) {
                if (!drop.test(data[r])) {
                    data[w++] = data[r];
                }
            }
            size = w;
        }

        void removeDuplicates(int[] mark, int stamp) {
            removeIf(v -> {
                if (mark[v] == stamp) {
                    return true;
                }
                mark[v] = stamp;
                return false;
            });
        }
    }
}
