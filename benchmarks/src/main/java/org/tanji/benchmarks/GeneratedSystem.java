package org.tanji.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.process.UnitProcess;

/**
 * An ecoinvent-sized process system: a cyclic background of industries in clusters — each buys from lower tiers
 * of its cluster, now and then from a higher one, and from four hub processes (markets for electricity,
 * transport, steel …), which themselves draw on industries everywhere, so the loops run through the hubs as in
 * real databases; and an acyclic foreground of product systems on top. About 12
 * non-zeros per column. Input coefficients are small enough that every product is made in net (a productive
 * economy), so the system has a unique positive solution.
 */
public final class GeneratedSystem {
    private static final String[] GASES = {"CO2-fossil", "CH4-fossil", "N2O", "CO2-biogenic", "SF6"};

    public final ProcessSystem system;
    public final int background;
    public final int foreground;

    /**
     * @param background processes in the cyclic background (0 for a purely acyclic system)
     * @param foreground processes in the acyclic foreground
     */
    public GeneratedSystem(int background, int foreground, long seed) {
        this.background = background;
        this.foreground = foreground;
        SplittableRandom r = new SplittableRandom(seed);
        int hubs = background == 0 ? 0 : Math.max(2, background / 200);
        int clusterSize = 100;
        List<UnitProcess> processes = new ArrayList<>(background + foreground);
        for (int i = 0; i < background; i++) {
            Set<Integer> inputs = new LinkedHashSet<>();
            if (i < hubs) {
                while (inputs.size() < 40) {
                    inputs.add(hubs + r.nextInt(background - hubs));
                }
            } else {
                // an industry buys mostly from lower tiers of its own cluster, now and then from a higher tier (a local
                // loop), once from a more basic cluster, and from three hubs; loops close through the hubs
                int cluster = (i - hubs) / clusterSize;
                int from = hubs + cluster * clusterSize;
                int tier = i - from;
                for (int k = 0; k < 6 && tier > 0; k++) {
                    inputs.add(from + r.nextInt(tier));
                }
                if (r.nextInt(10) == 0) {
                    int size = Math.min(clusterSize, background - from);
                    inputs.add(from + r.nextInt(size));
                }
                for (int h = 0; h < 4; h++) {
                    inputs.add(r.nextInt(hubs));
                }
                inputs.remove(i);
            }
            processes.add(process("b" + i, inputs, "b", r));
        }
        for (int i = 0; i < foreground; i++) {
            Set<Integer> inputs = new LinkedHashSet<>();
            for (int k = 0; k < 6 && i + 1 < foreground; k++) {
                inputs.add(-(i + 1 + r.nextInt(Math.min(200, foreground - i - 1))) - 1); // later foreground: acyclic
            }
            for (int k = 0; k < 5 && background > 0; k++) {
                inputs.add(k < 2 ? r.nextInt(hubs) : hubs + r.nextInt(background - hubs));
            }
            processes.add(process("f" + i, inputs, "f", r));
        }
        system = new ProcessSystem("generated " + background + " + " + foreground, processes);
    }

    private static UnitProcess process(String id, Set<Integer> inputs, String kind, SplittableRandom r) {
        UnitProcess p = UnitProcess.making(id, "product " + id, 1, "kg");
        for (int k : inputs) {
            String product = k >= 0 ? "product b" + k : "product f" + (-k - 1);
            p = p.input(product, kind.equals("f") ? 0.05 + r.nextDouble() * 0.5 : 0.001 + r.nextDouble() * 0.08, "kg");
        }
        for (int g = 0; g < 1 + r.nextInt(2); g++) {
            p = p.emission(GASES[r.nextInt(GASES.length)], r.nextDouble() * (g == 0 ? 2 : 0.01));
        }
        return p;
    }
}
