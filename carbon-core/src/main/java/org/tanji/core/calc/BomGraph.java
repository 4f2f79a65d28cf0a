package org.tanji.core.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tanji.core.error.BomCycleException;
import org.tanji.core.error.UnknownPartException;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Part;

/**
 * The bill of materials as a graph of parts in topological order (every parent before its components), with the
 * demand of each part per declared unit. Shared parts are computed once, whatever the number of parents.
 */
final class BomGraph {
  final Part[] parts;
  /** children[p][k]: index of the part of BOM line k of part p. */
  final int[][] children;
  /** Units of part p's run per unit of its product (allocation). */
  final double[] allocationScale;
  /** Units of part p needed per declared unit. */
  final double[] demand;
  final List<String> unusedParts = new ArrayList<>();

  private BomGraph(Part[] parts, int[][] children, double[] allocationScale, double[] demand) {
    this.parts = parts;
    this.children = children;
    this.allocationScale = allocationScale;
    this.demand = demand;
  }

  static BomGraph of(FootprintModel model) {
    Map<String, Part> byId = model.parts();
    Map<String, Integer> index = new HashMap<>(byId.size() * 2);
    Part[] all = byId.values().toArray(new Part[0]);
    for (int i = 0; i < all.length; i++) {
      index.put(all[i].id(), i);
    }
    int[][] lineTargets = new int[all.length][];
    for (int i = 0; i < all.length; i++) {
      List<BomLine> lines = all[i].components();
      int[] t = new int[lines.size()];
      for (int k = 0; k < t.length; k++) {
        Integer c = index.get(lines.get(k).partId());
        if (c == null) {
          throw new UnknownPartException(lines.get(k).partId(), "a BOM line of part '" + all[i].id() + "'");
        }
        t[k] = c;
      }
      lineTargets[i] = t;
    }
    int[] order = topologicalOrder(all, lineTargets, index.get(model.rootPartId()));
    int[] position = new int[all.length];
    Arrays.fill(position, -1);
    for (int k = 0; k < order.length; k++) {
      position[order[k]] = k;
    }
    Part[] parts = new Part[order.length];
    int[][] children = new int[order.length][];
    double[] scale = new double[order.length];
    for (int k = 0; k < order.length; k++) {
      parts[k] = all[order[k]];
      int[] t = lineTargets[order[k]];
      children[k] = new int[t.length];
      for (int j = 0; j < t.length; j++) {
        children[k][j] = position[t[j]];
      }
      scale[k] = parts[k].allocationScale();
    }
    double[] demand = new double[order.length];
    demand[0] = model.referenceFlow();
    for (int p = 0; p < parts.length; p++) {
      double runs = demand[p] * scale[p];
      List<BomLine> lines = parts[p].components();
      for (int j = 0; j < children[p].length; j++) {
        demand[children[p][j]] += runs * lines.get(j).grossQuantity();
      }
    }
    BomGraph graph = new BomGraph(parts, children, scale, demand);
    for (int i = 0; i < all.length; i++) {
      if (position[i] < 0) {
        graph.unusedParts.add(all[i].id());
      }
    }
    return graph;
  }

  /** Reverse post-order of an iterative depth-first search from the root; reports the first cycle found. */
  private static int[] topologicalOrder(Part[] all, int[][] targets, int root) {
    byte[] state = new byte[all.length]; // 0 unvisited, 1 on the stack, 2 done
    int[] stack = new int[all.length];
    int[] next = new int[all.length];
    int[] post = new int[all.length];
    int done = 0;
    int top = 0;
    stack[0] = root;
    state[root] = 1;
    while (top >= 0) {
      int p = stack[top];
      if (next[p] < targets[p].length) {
        int c = targets[p][next[p]++];
        if (state[c] == 1) {
          throw new BomCycleException(cyclePath(all, stack, top, c));
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
    int[] order = new int[done];
    for (int k = 0; k < done; k++) {
      order[k] = post[done - 1 - k];
    }
    return order;
  }

  private static String cyclePath(Part[] all, int[] stack, int top, int repeated) {
    StringBuilder path = new StringBuilder();
    int from = top;
    while (stack[from] != repeated) {
      from--;
    }
    for (int k = from; k <= top; k++) {
      path.append(all[stack[k]].id()).append(" → ");
    }
    return path.append(all[repeated].id()).toString();
  }
}
