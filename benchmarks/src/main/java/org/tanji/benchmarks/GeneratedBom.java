package org.tanji.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.Gas;
import org.tanji.core.model.Activity;
import org.tanji.core.model.Amount;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.Electricity;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.Part;

/**
 * A reproducible bill of materials of {@code lines} parts over {@code levels} levels: level sizes grow
 * geometrically, every part hangs under a part of the level above, leaves carry a material (in kg, g or t, so
 * unit conversion is exercised) and assemblies carry electricity. 200 distinct factors.
 */
public final class GeneratedBom {
    static final int FACTORS = 200;
    private static final String[] MASS_UNITS = {"kg", "g", "t"};

    public final FootprintModel model;
    public final FactorSource factors;
    public final List<EmissionFactor> factorList;

    public GeneratedBom(int lines, int levels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EmissionFactor> f = new ArrayList<>();
        for (int i = 0; i < FACTORS; i++) {
            f.add(
                    i % 4 == 0
                            ? EmissionFactor.builder("grid-" + i, "kWh")
                                    .gas(Gas.CO2_FOSSIL, 0.3 + random.nextDouble() * 0.6)
                                    .build()
                            : EmissionFactor.builder("material-" + i, "kg")
                                    .gas(Gas.CO2_FOSSIL, random.nextDouble() * 10)
                                    .gas(Gas.CH4_FOSSIL, random.nextDouble() * 0.01)
                                    .build());
        }
        factors = FactorSource.of(f);
        factorList = List.copyOf(f);
        int[] size = levelSizes(lines, levels);
        List<Part> parts = new ArrayList<>(lines);
        List<List<BomLine>> children = new ArrayList<>(lines);
        int levelStart = 0;
        int previousStart = 0;
        for (int level = 0; level < levels; level++) {
            for (int k = 0; k < size[level]; k++) {
                children.add(new ArrayList<>(4));
                if (level > 0) {
                    int parent = previousStart + k % size[level - 1];
                    children.get(parent)
                            .add(new BomLine(
                                    "p" + (levelStart + k), 1 + random.nextInt(4), random.nextDouble() * 0.05));
                }
            }
            previousStart = levelStart;
            levelStart += size[level];
        }
        for (int i = 0; i < lines; i++) {
            Activity a;
            int factor = random.nextInt(FACTORS);
            if (children.get(i).isEmpty() && factor % 4 != 0) {
                a = Input.material(
                        "m", Amount.of(random.nextDouble() * 2, MASS_UNITS[random.nextInt(3)]), "material-" + factor);
            } else {
                a = new Electricity("e", null, Amount.of(random.nextDouble(), "kWh"), "grid-" + (factor / 4 * 4), null);
            }
            parts.add(new Part("p" + i, null, null, children.get(i), List.of(a), null));
        }
        model = FootprintModel.builder("generated " + lines + "-line BOM")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .root("p0")
                .parts(parts)
                .build();
    }

    /** Sizes of the levels: 1, r, r², … with the last level taking the rest so they add up to {@code lines}. */
    private static int[] levelSizes(int lines, int levels) {
        double lo = 1;
        double hi = lines;
        for (int it = 0; it < 100; it++) {
            double r = (lo + hi) / 2;
            double sum = 0;
            for (int k = 0; k < levels; k++) {
                sum += Math.pow(r, k);
            }
            if (sum > lines) {
                hi = r;
            } else {
                lo = r;
            }
        }
        int[] size = new int[levels];
        int used = 0;
        for (int k = 0; k < levels - 1; k++) {
            size[k] = Math.max(1, (int) Math.round(Math.pow(lo, k)));
            used += size[k];
        }
        size[levels - 1] = lines - used;
        return size;
    }
}
