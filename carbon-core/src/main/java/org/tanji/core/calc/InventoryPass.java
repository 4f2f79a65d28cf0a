package org.tanji.core.calc;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.tanji.core.error.StageOutsideBoundaryException;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.model.Activity;
import org.tanji.core.model.ActivityLine;
import org.tanji.core.model.Electricity;
import org.tanji.core.model.ElectricityMethod;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.Part;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.result.CategoryTotals;
import org.tanji.core.result.ElectricityResult;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.result.Trail;

/**
 * One pass over every activity line of the BOM in topological order: amount × demand × unit conversion × factor,
 * accumulated into the per-stage, per-factor and per-part sums the result is assembled from.
 */
final class InventoryPass {
    private static final int CATEGORIES = EmissionCategory.values().length;
    private static final EmissionCategory[] CATEGORY = EmissionCategory.values();

    private final CalculationSetup setup;
    private final BomGraph graph;
    private final FactorTable table;
    private final SystemBoundary boundary;
    private final boolean market;

    private final double[][] stageByCategory = new double[LifeCycleStage.values().length][CATEGORIES];
    private final double[] partDirect;
    private double[] factorAmount = new double[16];
    private double[] factorKgCo2e = new double[16];
    private double locationBased;
    private double marketBased;
    private int excludedLines;
    private double excludedKgCo2e;

    InventoryPass(CalculationSetup setup, BomGraph graph, FactorTable table) {
        this.setup = setup;
        this.graph = graph;
        this.table = table;
        this.boundary = setup.model().boundary();
        this.market = setup.electricityMethod() == ElectricityMethod.MARKET_BASED;
        this.partDirect = new double[graph.parts.length];
    }

    FootprintResult run() {
        Trail.Recorder trail = new Trail.Recorder(countLines());
        for (int p = 0; p < graph.parts.length; p++) { // model order: memory is read in the order it was filled
            Part part = graph.parts[p];
            if (!graph.reachable[p]) {
                continue;
            }
            double runs = graph.runs[p];
            for (Activity a : part.activities()) {
                for (int i = 0, n = a.lineCount(); i < n; i++) {
                    add(trail, p, part, a, i, a.line(i), runs);
                }
            }
        }
        return new ResultAssembler(setup, graph, table)
                .assemble(
                        totalsByStage(),
                        factorAmount,
                        factorKgCo2e,
                        partDirect,
                        electricity(),
                        trail.finish(table.gwpSet()),
                        excludedLines,
                        excludedKgCo2e);
    }

    private int countLines() {
        long n = 0;
        for (Part part : graph.parts) {
            for (Activity a : part.activities()) {
                n += a.lineCount();
            }
        }
        return (int) Math.min(n, Integer.MAX_VALUE - 8);
    }

    private void add(Trail.Recorder trail, int p, Part part, Activity a, int i, ActivityLine line, double runs) {
        boolean outside = !boundary.includes(line.stage());
        if (outside && !setup.excludesStagesOutsideBoundary()) {
            throw new StageOutsideBoundaryException(
                    FactorTable.where(part, line), line.stage().key(), boundary.description());
        }
        double amount = line.amount() * runs;
        int f = table.indexOf(line.factorId(), part, line);
        double inFactorUnit = amount * table.conversion(f, part, line);
        double kg = inFactorUnit * table.co2e(f);
        double alternative = Double.NaN;
        if (a instanceof Electricity) {
            int m = line.marketFactorId() == null ? f : table.indexOf(line.marketFactorId(), part, line);
            double mInFactorUnit = amount * table.conversion(m, part, line);
            double mKg = mInFactorUnit * table.co2e(m);
            if (!outside) {
                locationBased += kg;
                marketBased += mKg;
            }
            if (market) {
                alternative = kg;
                f = m;
                inFactorUnit = mInFactorUnit;
                kg = mKg;
            } else {
                alternative = mKg;
            }
        }
        trail.record(
                part.id(), a, i, table.factors.get(f), table.co2e(f), amount, inFactorUnit, kg, alternative, outside);
        if (outside) {
            excludedLines++;
            excludedKgCo2e += kg;
            return;
        }
        partDirect[p] += kg;
        if (f >= factorAmount.length) {
            factorAmount = Arrays.copyOf(factorAmount, Math.max(f + 1, factorAmount.length * 2));
            factorKgCo2e = Arrays.copyOf(factorKgCo2e, factorAmount.length);
        }
        factorAmount[f] += inFactorUnit;
        factorKgCo2e[f] += kg;
        double[] stage = stageByCategory[line.stage().ordinal()];
        for (int c = 0; c < CATEGORIES; c++) {
            stage[c] += inFactorUnit * table.co2e(f, CATEGORY[c]);
        }
    }

    private Map<LifeCycleStage, CategoryTotals> totalsByStage() {
        Map<LifeCycleStage, CategoryTotals> byStage = new EnumMap<>(LifeCycleStage.class);
        for (LifeCycleStage s : boundary.stages()) {
            byStage.put(s, CategoryTotals.of(stageByCategory[s.ordinal()]));
        }
        return byStage;
    }

    private ElectricityResult electricity() {
        return new ElectricityResult(locationBased, marketBased, setup.electricityMethod());
    }
}
