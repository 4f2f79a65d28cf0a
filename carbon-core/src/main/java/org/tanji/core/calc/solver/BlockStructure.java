package org.tanji.core.calc.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The strongly connected components of the technosphere, ordered so that every block comes before the blocks
 * that provide its inputs (consumers first). Solving block by block in this order needs factorising only the
 * blocks with loops; the rest is one sweep. Tarjan's algorithm, iterative so deep chains cannot overflow the stack.
 */
final class BlockStructure {
    /** Blocks in solving order; each an array of column indices. */
    final List<int[]> blocks;
    /** Block number of each column. */
    final int[] blockOf;

    private BlockStructure(List<int[]> blocks, int n) {
        this.blocks = blocks;
        this.blockOf = new int[n];
        for (int b = 0; b < blocks.size(); b++) {
            for (int j : blocks.get(b)) {
                blockOf[j] = b;
            }
        }
    }

    /** Edges run from a consumer column j to each provider row i with A[i][j] ≠ 0. */
    static BlockStructure of(Technosphere t) {
        int n = t.size();
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        List<int[]> emitted = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = t.colStart[root];
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callEdge[depth] < t.colStart[v + 1]) {
                    int w = t.rowIndex[callEdge[depth]++];
                    if (w == v) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = t.colStart[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    if (low[v] == index[v]) {
                        int start = sp;
                        do {
                            start--;
                        } while (stack[start] != v);
                        int[] block = Arrays.copyOfRange(stack, start, sp);
                        for (int x : block) {
                            onStack[x] = false;
                        }
                        sp = start;
                        emitted.add(block);
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callNode[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        // Tarjan emits providers before their consumers; solving needs consumers first.
        List<int[]> order = new ArrayList<>(emitted.size());
        for (int b = emitted.size() - 1; b >= 0; b--) {
            int[] block = emitted.get(b);
            Arrays.sort(block);
            order.add(block);
        }
        return new BlockStructure(order, n);
    }

    /** Everything as one block: what a solver without the block split does (for comparison and tests). */
    static BlockStructure single(int n) {
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        return new BlockStructure(new ArrayList<>(List.of(all)), n);
    }

    /** Takes block b's columns in the order its solver numbers them (the same set), so solving gathers them so. */
    void renumber(int b, int[] columns) {
        blocks.set(b, columns);
    }

    /** Columns in blocks with more than one column (the loops). */
    int cyclicColumns() {
        int c = 0;
        for (int[] b : blocks) {
            if (b.length > 1) {
                c += b.length;
            }
        }
        return c;
    }
}
