package org.tanji.core.calc.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tanji.core.factor.CharacterisationMethod;
import org.tanji.core.factor.Gas;
import org.tanji.core.process.Demand;
import org.tanji.core.result.GasResult;
import org.tanji.core.result.ImpactResult;
import org.tanji.core.unit.UnitConversion;

/**
 * The footprint of one demand on a process system: total kg CO2e, inventory by gas, the scaling of every process,
 * direct contributions, the upstream tree and Sankey data. Immutable.
 */
public final class SystemResult {
    private final Technosphere t;
    private final String gwpSet;
    private final Demand demand;
    private final int demandColumn;
    private final double demandAmount;
    private final double[] scaling;
    private final double[] direct;
    private final double[] gwp;
    private final double[] lambda;
    private final double total;
    private final List<String> warnings;
    private final List<CharacterisationMethod> methods;
    private final List<LoopReport> loops;
    private final double relativeResidual;

    SystemResult(
            Technosphere t,
            String gwpSet,
            Demand demand,
            int demandColumn,
            double demandAmount,
            double[] scaling,
            double[] direct,
            double[] gwp,
            double[] lambda,
            List<CharacterisationMethod> methods,
            List<LoopReport> loops,
            double relativeResidual) {
        this.methods = methods;
        this.loops = loops;
        this.relativeResidual = relativeResidual;
        this.t = t;
        this.gwpSet = gwpSet;
        this.demand = demand;
        this.demandColumn = demandColumn;
        this.demandAmount = demandAmount;
        this.scaling = scaling;
        this.direct = direct;
        this.gwp = gwp;
        this.lambda = lambda;
        double sum = 0;
        for (int j = 0; j < scaling.length; j++) {
            sum += direct[j] * scaling[j];
        }
        this.total = sum;
        this.warnings = findWarnings();
    }

    /** What a reviewer should know: an empty inventory, a zero total, processes left unused, gases by a default. */
    private List<String> findWarnings() {
        List<String> out = new ArrayList<>();
        loops.stream().filter(LoopReport::nearlySingular).forEach(l -> out.add(l.warning()));
        List<GasResult> inventory = inventory();
        if (inventory.stream().allMatch(g -> g.kgGas() == 0)) {
            out.add("the inventory is empty: nothing in the supply chain of " + demand.product() + " emits or takes up"
                    + " a gas, so the total is 0; check that its processes state their emissions");
        } else if (total == 0) {
            out.add("the total is 0 kg CO2e: the emissions and uptakes of the supply chain of " + demand.product()
                    + " cancel out");
        }
        List<String> unused = new ArrayList<>();
        for (int j = 0; j < scaling.length; j++) {
            if (scaling[j] == 0) {
                unused.add(t.columns.get(j).label());
            }
        }
        if (!unused.isEmpty()) {
            out.add(unused.size() + " process(es) are not in the supply chain of " + demand.product() + " and count"
                    + " nothing: " + String.join(", ", unused.subList(0, Math.min(10, unused.size())))
                    + (unused.size() > 10 ? " and " + (unused.size() - 10) + " more" : ""));
        }
        for (GasResult g : inventory) {
            Gas gas = Gas.of(g.gas());
            if (!gas.originStated() && g.kgGas() != 0) {
                out.add("flow " + g.gas() + " states methane without its origin; counted as "
                        + gas.characterisedAs().code() + " (" + gwpSet + " GWP " + g.gwp() + "): write CH4-fossil or"
                        + " CH4-biogenic to state it");
            }
        }
        return List.copyOf(out);
    }

    /** How each loop of the system was solved, and how close it is to singular; empty for a system without loops. */
    public List<LoopReport> loops() {
        return loops;
    }

    /**
     * ‖f − A·s‖∞ / ‖f‖∞: how closely the scaling satisfies the system's equations. Every loop's solution is checked
     * against 1e-10 before a result is made.
     */
    public double relativeResidual() {
        return relativeResidual;
    }

    /** Things a reviewer should know about this result; empty when there are none. */
    public List<String> warnings() {
        return warnings;
    }

    public Demand demand() {
        return demand;
    }

    public String gwpSet() {
        return gwpSet;
    }

    /** kg CO2e of the demand. */
    public double total() {
        return total;
    }

    /** How many times its reference amount process {@code processId} runs (first column of that process). */
    public double scaling(String processId) {
        for (int j = 0; j < scaling.length; j++) {
            if (t.columns.get(j).processId().equals(processId)) {
                return scaling[j];
            }
        }
        throw new IllegalArgumentException("no process '" + processId + "' in the system");
    }

    /** Each gas of the demand (kg net of uptake, the GWP applied, kg CO2e), largest absolute kg CO2e first. */
    public List<GasResult> inventory() {
        double[] kg = new double[t.gases.size()];
        for (int j = 0; j < scaling.length; j++) {
            for (int k = 0; k < t.gasRows[j].length; k++) {
                kg[t.gasRows[j][k]] += t.gasKg[j][k] * scaling[j];
            }
        }
        List<GasResult> out = new ArrayList<>();
        for (int g = 0; g < kg.length; g++) {
            String code = t.gases.get(g);
            out.add(new GasResult(code, Gas.of(code).category().key(), kg[g], gwp[g], kg[g] * gwp[g]));
        }
        out.sort(Comparator.comparingDouble((GasResult r) -> Math.abs(r.kgCo2e()))
                .reversed());
        return out;
    }

    /**
     * Each characterisation method's result, in the order the methods were given: the elementary flows other than
     * gases, in the unit each was first stated in, converted to the unit of the method's factor and multiplied.
     */
    public List<ImpactResult> impacts() {
        double[] amounts = new double[t.otherFlows.size()];
        for (int j = 0; j < scaling.length; j++) {
            for (int k = 0; k < t.otherRows[j].length; k++) {
                amounts[t.otherRows[j][k]] += t.otherAmounts[j][k] * scaling[j];
            }
        }
        List<ImpactResult> out = new ArrayList<>();
        for (CharacterisationMethod m : methods) {
            Map<String, Double> byFlow = new LinkedHashMap<>();
            double sum = 0;
            for (int k = 0; k < amounts.length; k++) {
                CharacterisationMethod.Factor f = m.factors().get(t.otherFlows.get(k));
                if (f != null) {
                    double v = amounts[k] * perUnit(t.otherUnits.get(k), f.per()) * f.value();
                    byFlow.put(t.otherFlows.get(k), v);
                    sum += v;
                }
            }
            out.add(new ImpactResult(m.name(), m.unit(), sum, byFlow));
        }
        return out;
    }

    private static double perUnit(javax.measure.Unit<?> from, javax.measure.Unit<?> to) {
        try {
            return UnitConversion.multiplier(from, to);
        } catch (javax.measure.IncommensurableException e) {
            throw new IllegalStateException("checked when the solver was built", e);
        }
    }

    /** Every process's direct contribution, largest absolute first. */
    public List<ProcessContribution> directContributions() {
        List<ProcessContribution> out = new ArrayList<>();
        for (int j = 0; j < scaling.length; j++) {
            if (scaling[j] != 0) {
                out.add(contribution(j));
            }
        }
        out.sort(Comparator.comparingDouble((ProcessContribution c) -> Math.abs(c.kgCo2e()))
                .reversed());
        return out;
    }

    /** The {@code n} largest direct contributions and one entry "other" grouping the rest. */
    public List<ProcessContribution> topContributors(int n) {
        List<ProcessContribution> all = directContributions();
        if (all.size() <= n) {
            return all;
        }
        List<ProcessContribution> out = new ArrayList<>(all.subList(0, n));
        double rest = all.subList(n, all.size()).stream()
                .mapToDouble(ProcessContribution::kgCo2e)
                .sum();
        out.add(new ProcessContribution(
                "other", (all.size() - n) + " other processes", null, Double.NaN, rest, total == 0 ? 0 : rest / total));
        return out;
    }

    private ProcessContribution contribution(int j) {
        Technosphere.Column c = t.columns.get(j);
        double kg = direct[j] * scaling[j];
        return new ProcessContribution(
                c.label(), c.processName(), c.product(), scaling[j], kg, total == 0 ? 0 : kg / total);
    }

    /** The root of the upstream tree: the demanded product from its provider. */
    public UpstreamNode upstreamTree() {
        return new UpstreamNode(t, direct, lambda, demandColumn, demandAmount);
    }

    /** Sankey data: processes whose upstream total is at least {@code cutoff} of the total, and links among them. */
    public SankeyGraph sankey(double cutoff) {
        double limit = cutoff * Math.abs(total);
        List<SankeyGraph.Node> nodes = new ArrayList<>();
        boolean[] shown = new boolean[scaling.length];
        for (int j = 0; j < scaling.length; j++) {
            double upstream = scaling[j] * t.diagonal[j] * lambda[j];
            if (scaling[j] != 0 && Math.abs(upstream) >= limit) {
                shown[j] = true;
                Technosphere.Column c = t.columns.get(j);
                nodes.add(new SankeyGraph.Node(c.label(), c.processName(), direct[j] * scaling[j], upstream));
            }
        }
        List<SankeyGraph.Link> links = new ArrayList<>();
        for (int j = 0; j < scaling.length; j++) {
            if (!shown[j]) {
                continue;
            }
            for (int e = t.colStart[j]; e < t.colStart[j + 1]; e++) {
                int i = t.rowIndex[e];
                double amount = -t.values[e] * scaling[j];
                if (i != j && shown[i] && Math.abs(amount * lambda[i]) >= limit) {
                    links.add(new SankeyGraph.Link(
                            t.columns.get(i).label(),
                            t.columns.get(j).label(),
                            t.columns.get(i).product(),
                            amount,
                            t.columns.get(i).unit(),
                            amount * lambda[i]));
                }
            }
        }
        return new SankeyGraph(nodes, links);
    }
}
