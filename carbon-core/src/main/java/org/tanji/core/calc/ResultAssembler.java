package org.tanji.core.calc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tanji.core.factor.Co2eAmount;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.GasAmount;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.result.CategoryTotals;
import org.tanji.core.result.ElectricityResult;
import org.tanji.core.result.FactorContribution;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.result.GasResult;
import org.tanji.core.result.PartList;
import org.tanji.core.result.PartResult;
import org.tanji.core.result.Trail;
import org.tanji.core.unit.ActivityUnits;

/** Turns the sums of an {@link InventoryPass} into the breakdowns of a {@link FootprintResult}. */
final class ResultAssembler {
    private final CalculationSetup setup;
    private final BomGraph graph;
    private final FactorTable table;

    ResultAssembler(CalculationSetup setup, BomGraph graph, FactorTable table) {
        this.setup = setup;
        this.graph = graph;
        this.table = table;
    }

    FootprintResult assemble(
            Map<LifeCycleStage, CategoryTotals> byStage,
            double[] factorAmount,
            double[] factorKgCo2e,
            double[] partDirect,
            ElectricityResult electricity,
            Trail trail,
            int excludedLines,
            double excludedKgCo2e) {
        double[] categories = new double[EmissionCategory.values().length];
        for (CategoryTotals t : byStage.values()) {
            for (EmissionCategory c : EmissionCategory.values()) {
                categories[c.ordinal()] += t.get(c);
            }
        }
        CategoryTotals totals = CategoryTotals.of(categories);
        List<String> warnings = table.warnings();
        graph.unusedParts.forEach(id ->
                warnings.add("part '" + id + "' is not in the root part's bill of materials and was not counted"));
        if (excludedLines > 0) {
            warnings.add(excludedLines + " activity lines (" + excludedKgCo2e + " kg CO2e) lie outside the "
                    + setup.model().boundary().description() + " boundary and are left out of the total");
        }
        FootprintModel model = setup.model();
        return new FootprintResult(
                model,
                table.gwpSet().name(),
                totals,
                byStage,
                byGas(factorAmount),
                byFactor(factorAmount, factorKgCo2e, totals.total()),
                byPart(partDirect),
                electricity,
                primaryShare(factorKgCo2e),
                trail,
                warnings,
                LibraryVersion.get(),
                Instant.now());
    }

    private List<GasResult> byGas(double[] factorAmount) {
        Map<String, double[]> sums = new LinkedHashMap<>(); // gas → {kg gas, gwp, kg CO2e}
        Map<String, String> categoryOf = new LinkedHashMap<>();
        for (int f = 0; f < Math.min(table.size(), factorAmount.length); f++) {
            double amount = factorAmount[f];
            EmissionFactor factor = table.factors.get(f);
            for (GasAmount g : factor.gases()) {
                // methane of unstated origin is listed with the gas it is counted as; the warnings name the default
                Gas gas = g.gas().characterisedAs();
                double gwp = table.gwpSet().gwp(gas).orElseThrow();
                double[] s = sums.computeIfAbsent(gas.code(), k -> new double[] {0, gwp, 0});
                categoryOf.put(gas.code(), gas.category().key());
                s[0] += amount * g.kg();
                s[2] += amount * g.kg() * gwp;
            }
            for (Co2eAmount c : factor.co2e()) {
                String key = "CO2e (" + c.category().key() + ", stated by factors)";
                double[] s = sums.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN, 0});
                categoryOf.put(key, c.category().key());
                s[2] += amount * c.kgCo2e();
            }
        }
        List<GasResult> out = new ArrayList<>();
        sums.forEach((gas, s) -> out.add(new GasResult(gas, categoryOf.get(gas), s[0], s[1], s[2])));
        out.sort(Comparator.comparingDouble((GasResult g) -> Math.abs(g.kgCo2e()))
                .reversed());
        return out;
    }

    private List<FactorContribution> byFactor(double[] factorAmount, double[] factorKgCo2e, double total) {
        List<FactorContribution> out = new ArrayList<>();
        for (int f = 0; f < Math.min(table.size(), factorAmount.length); f++) {
            if (factorAmount[f] == 0 && factorKgCo2e[f] == 0) {
                continue;
            }
            EmissionFactor factor = table.factors.get(f);
            out.add(new FactorContribution(
                    factor.id(),
                    factor.name(),
                    factor.provenance(),
                    factor.primary(),
                    factor.quality(),
                    ActivityUnits.symbol(factor.unit()),
                    table.co2e(f),
                    factorAmount[f],
                    factorKgCo2e[f],
                    total == 0 ? 0 : factorKgCo2e[f] / total));
        }
        out.sort(Comparator.comparingDouble((FactorContribution c) -> Math.abs(c.kgCo2e()))
                .reversed());
        return out;
    }

    /**
     * Direct and cumulative kg CO2e per part. Cumulative per unit is found bottom-up (children come after parents in
     * topological order, so a reverse sweep sees every child first); a shared part's cumulative counts all its uses.
     * Parts the root does not use have demand 0 and cumulative 0.
     */
    private List<PartResult> byPart(double[] partDirect) {
        int n = graph.parts.length;
        double[] perUnit = new double[n];
        double[] cumulative = new double[n];
        for (int k = graph.order.length - 1; k >= 0; k--) {
            int p = graph.order[k];
            double fromComponents = 0;
            for (int l = graph.lineStart[p]; l < graph.lineStart[p + 1]; l++) {
                fromComponents -= graph.lineInput[l] * perUnit[graph.lineChild[l]];
            }
            double direct = graph.demand[p] > 0 ? partDirect[p] / graph.demand[p] : 0;
            perUnit[p] = direct + fromComponents / graph.runOutput[p];
            cumulative[p] = graph.demand[p] * perUnit[p];
        }
        return new PartList(graph.parts, graph.demand, partDirect, cumulative);
    }

    private double primaryShare(double[] factorKgCo2e) {
        double all = 0;
        double primary = 0;
        for (int f = 0; f < Math.min(table.size(), factorKgCo2e.length); f++) {
            all += Math.abs(factorKgCo2e[f]);
            if (table.factors.get(f).primary()) {
                primary += Math.abs(factorKgCo2e[f]);
            }
        }
        return all == 0 ? 0 : primary / all;
    }
}
