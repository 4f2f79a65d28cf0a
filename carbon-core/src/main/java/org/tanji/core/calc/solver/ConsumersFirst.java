package org.tanji.core.calc.solver;

import java.util.PriorityQueue;

/**
 * An order of a loop's processes with consumers before their suppliers wherever the loop allows: the greedy
 * feedback-arc-set heuristic of Eades, Lin and Smyth (1993), weighted by each input per unit of output, so the
 * heaviest inputs point forward. In this order most of the block is lower triangular and an incomplete LU is
 * nearly exact — only the inputs that close loops are left for the iterations.
 */
final class ConsumersFirst {
    private ConsumersFirst() {}

    /** The block's columns (global indices) reordered; {@code values} is the block's (column order). */
    static int[] order(BlockMatrix m, double[] values) {
        int n = m.size();
        double[] d = m.diagonal(values);
        double[] outWeight = new double[n]; // inputs a process still buys from remaining processes
        double[] inWeight = new double[n]; // what remaining processes still buy from it
        int[] outCount = new int[n];
        int[] inCount = new int[n];
        for (int j = 0; j < n; j++) {
            for (int e = m.colStart[j]; e < m.colStart[j + 1]; e++) {
                int i = m.rowIndex[e];
                if (i != j) {
                    double w = Math.abs(values[e] / d[j]);
                    outWeight[j] += w;
                    outCount[j]++;
                    inWeight[i] += w;
                    inCount[i]++;
                }
            }
        }
        boolean[] placed = new boolean[n];
        int[] front = new int[n];
        int[] back = new int[n];
        int frontSize = 0;
        int backSize = 0;
        int[] sinks = new int[n];
        int[] sources = new int[n];
        int sinkTop = 0;
        int sourceTop = 0;
        PriorityQueue<long[]> best = new PriorityQueue<>((a, b) -> Long.compare(b[0], a[0]));
        for (int v = 0; v < n; v++) {
            best.add(new long[] {key(outWeight[v] - inWeight[v]), v});
        }
        int remaining = n;
        while (remaining > 0) {
            int v;
            boolean toBack;
            if (sinkTop > 0) {
                v = sinks[--sinkTop];
                toBack = true;
            } else if (sourceTop > 0) {
                v = sources[--sourceTop];
                toBack = false;
            } else {
                long[] top = best.poll();
                v = (int) top[1];
                if (placed[v] || top[0] != key(outWeight[v] - inWeight[v])) {
                    continue; // stale
                }
                toBack = false;
            }
            if (placed[v]) {
                continue;
            }
            placed[v] = true;
            remaining--;
            if (toBack) {
                back[backSize++] = v;
            } else {
                front[frontSize++] = v;
            }
            // v's suppliers lose a consumer; v's consumers lose a supplier
            for (int e = m.colStart[v]; e < m.colStart[v + 1]; e++) {
                int i = m.rowIndex[e];
                if (i != v && !placed[i]) {
                    inWeight[i] -= Math.abs(values[e] / d[v]);
                    if (--inCount[i] == 0) {
                        sources[sourceTop++] = i;
                    } else {
                        best.add(new long[] {key(outWeight[i] - inWeight[i]), i});
                    }
                }
            }
            for (int w = m.rowStart[v]; w < m.rowStart[v + 1]; w++) {
                int j = m.colOfRowEntry[w];
                if (j != v && !placed[j]) {
                    outWeight[j] -= Math.abs(values[m.entryOfRowEntry[w]] / d[j]);
                    if (--outCount[j] == 0) {
                        sinks[sinkTop++] = j;
                    } else {
                        best.add(new long[] {key(outWeight[j] - inWeight[j]), j});
                    }
                }
            }
        }
        int[] columns = new int[n];
        for (int k = 0; k < frontSize; k++) {
            columns[k] = m.columns[front[k]];
        }
        for (int k = 0; k < backSize; k++) {
            columns[frontSize + k] = m.columns[back[backSize - 1 - k]];
        }
        return columns;
    }

    /** Orders doubles through longs (the queue's key), finely enough to tell weights apart. */
    private static long key(double x) {
        return Math.round(x * 1e12);
    }
}
