package org.tanji.core.calc.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.measure.IncommensurableException;
import javax.measure.Unit;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.error.NoProviderException;
import org.tanji.core.error.NonSquareSystemException;
import org.tanji.core.error.UncharacterisedFlowException;
import org.tanji.core.error.UnitMismatchException;
import org.tanji.core.factor.Gas;
import org.tanji.core.model.Amount;
import org.tanji.core.process.Exchange;
import org.tanji.core.process.ExchangeKind;
import org.tanji.core.process.ProcessAllocation;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.process.UnitProcess;
import org.tanji.core.unit.ActivityUnits;
import org.tanji.core.unit.UnitConversion;

/**
 * Compiles a {@link ProcessSystem} into a {@link Technosphere}. Every column provides one product (or treats one
 * waste); a multi-output process becomes one column per product, each carrying its allocated share of the inputs,
 * emissions and credits. Inputs net against outputs of the same product, uptake against emissions of the same gas.
 */
final class SystemCompiler {
    private final ProcessSystem system;
    private final List<Technosphere.Column> columns = new ArrayList<>();
    private final List<UnitProcess> processOf = new ArrayList<>();
    // product or waste → columns providing it; "process|product" → column
    private final Map<String, List<Integer>> providers = new HashMap<>();
    private final Map<String, Integer> byProcessAndProduct = new HashMap<>();
    private final Map<String, Integer> gasIndex = new LinkedHashMap<>();
    private final List<Technosphere.Contribution> contributions = new ArrayList<>();
    /** Flows the system's characterisation methods count, and the other flows met so far with their units. */
    private final Set<String> methodFlows;

    private final Map<String, Integer> otherIndex = new LinkedHashMap<>();
    private final List<Unit<?>> otherUnits = new ArrayList<>();

    private SystemCompiler(ProcessSystem system, Set<String> methodFlows) {
        this.system = system;
        this.methodFlows = methodFlows;
    }

    static Technosphere compile(ProcessSystem system) {
        return compile(system, Set.of());
    }

    /** Compiles, keeping the non-gas elementary flows that {@code methodFlows} names (any other fails). */
    static Technosphere compile(ProcessSystem system, Set<String> methodFlows) {
        return new SystemCompiler(system, methodFlows).run();
    }

    private Technosphere run() {
        for (UnitProcess p : system.processes()) {
            addColumns(p);
        }
        int n = columns.size();
        int[] colStart = new int[n + 1];
        List<int[]> rowsPerColumn = new ArrayList<>(n);
        List<double[]> valuesPerColumn = new ArrayList<>(n);
        int[][] gasRows = new int[n][];
        double[][] gasKg = new double[n][];
        int[][] otherRows = new int[n][];
        double[][] otherAmounts = new double[n][];
        for (int j = 0; j < n; j++) {
            TreeMap<Integer, Double> entries = new TreeMap<>();
            TreeMap<Integer, Double> gases = new TreeMap<>();
            TreeMap<Integer, Double> others = new TreeMap<>();
            fillColumn(j, entries, gases, others);
            rowsPerColumn.add(
                    entries.keySet().stream().mapToInt(Integer::intValue).toArray());
            valuesPerColumn.add(
                    entries.values().stream().mapToDouble(Double::doubleValue).toArray());
            gasRows[j] = gases.keySet().stream().mapToInt(Integer::intValue).toArray();
            gasKg[j] = gases.values().stream().mapToDouble(Double::doubleValue).toArray();
            otherRows[j] = others.keySet().stream().mapToInt(Integer::intValue).toArray();
            otherAmounts[j] =
                    others.values().stream().mapToDouble(Double::doubleValue).toArray();
            colStart[j + 1] = colStart[j] + entries.size();
        }
        int[] rowIndex = new int[colStart[n]];
        double[] values = new double[colStart[n]];
        for (int j = 0; j < n; j++) {
            System.arraycopy(rowsPerColumn.get(j), 0, rowIndex, colStart[j], rowsPerColumn.get(j).length);
            System.arraycopy(valuesPerColumn.get(j), 0, values, colStart[j], valuesPerColumn.get(j).length);
        }
        return new Technosphere(
                List.copyOf(columns),
                colStart,
                rowIndex,
                values,
                List.copyOf(gasIndex.keySet()),
                gasRows,
                gasKg,
                List.copyOf(contributions),
                List.copyOf(otherIndex.keySet()),
                List.copyOf(otherUnits),
                otherRows,
                otherAmounts);
    }

    private void addColumns(UnitProcess p) {
        List<Exchange> outputs = p.productOutputs();
        if (outputs.size() > 1 && p.allocation() == null) {
            throw new NonSquareSystemException(
                    p.id(), outputs.stream().map(Exchange::flow).toList().toString());
        }
        if (p.reference().kind() == ExchangeKind.WASTE) {
            if (!outputs.isEmpty()) {
                throw new InvalidModelException("treatment process '" + p.id() + "' also makes products; model them as"
                        + " avoided products (e.g. recovered energy)");
            }
            addColumn(p, p.reference(), 1);
            return;
        }
        double[] factors = allocationFactors(p, outputs);
        for (int k = 0; k < outputs.size(); k++) {
            addColumn(p, outputs.get(k), factors[k]);
        }
    }

    private void addColumn(UnitProcess p, Exchange product, double factor) {
        int j = columns.size();
        columns.add(new Technosphere.Column(
                p.id(),
                p.name(),
                product.flow(),
                ActivityUnits.symbol(product.amount().unit()),
                factor));
        processOf.add(p);
        providers.computeIfAbsent(product.flow(), k -> new ArrayList<>()).add(j);
        byProcessAndProduct.put(p.id() + "|" + product.flow(), j);
    }

    private double[] allocationFactors(UnitProcess p, List<Exchange> outputs) {
        int k = outputs.size();
        double[] basis = new double[k];
        if (k == 1) {
            return new double[] {1};
        }
        for (int i = 0; i < k; i++) {
            Exchange o = outputs.get(i);
            double amount = o.amount().value();
            switch (p.allocation()) {
                case PHYSICAL:
                    basis[i] = amount * required(p, o, o.property(), "property");
                    break;
                case MASS:
                    basis[i] = convert(
                            o.amount(),
                            ActivityUnits.KILOGRAM,
                            "output '" + o.flow() + "' of process '" + p.id() + "'",
                            "mass allocation");
                    break;
                case ECONOMIC:
                    basis[i] = amount * required(p, o, o.price(), "price");
                    break;
                case EQUAL:
                    basis[i] = 1;
                    break;
                default:
                    basis[i] = required(p, o, o.allocationFactor(), "allocationFactor");
            }
        }
        double total = 0;
        for (double b : basis) {
            total += b;
        }
        if (!(total > 0)) {
            throw new InvalidModelException(
                    "process '" + p.id() + "': the " + p.allocation().key() + " allocation basis"
                            + " of its outputs adds up to " + total + "; give every output its basis");
        }
        if (p.allocation() == ProcessAllocation.MANUAL && Math.abs(total - 1) > 1e-6) {
            throw new InvalidModelException("process '" + p.id() + "': manual allocation factors add up to " + total
                    + "; they must add up to 1");
        }
        for (int i = 0; i < k; i++) {
            basis[i] /= total;
        }
        return basis;
    }

    private static double required(UnitProcess p, Exchange o, Double value, String what) {
        if (value == null || !(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidModelException(
                    "process '" + p.id() + "' is allocated by " + p.allocation().key() + " but output '" + o.flow()
                            + "' has no valid " + what + " (" + value + ")");
        }
        return value;
    }

    private void fillColumn(
            int j, Map<Integer, Double> entries, Map<Integer, Double> gases, Map<Integer, Double> others) {
        UnitProcess p = processOf.get(j);
        Technosphere.Column c = columns.get(j);
        double factor = c.allocationFactor();
        Exchange ref = ownReference(p, c);
        entries.merge(j, ref.amount().value(), Double::sum);
        contributions.add(new Technosphere.Contribution(
                p.id(),
                ref.flow(),
                false,
                j,
                j,
                ref.amount().value(),
                ref.amount().value()));
        for (Exchange e : p.exchanges()) {
            if (e.isProductOutput()) {
                continue; // the column's own product is its reference; other co-products are other columns
            }
            String where = e.kind().key() + " '" + e.flow() + "' of process '" + p.id() + "'";
            if (e.isElementary() && methodFlows.contains(e.flow())) {
                int k = otherRow(e);
                double amount = convert(e.amount(), otherUnits.get(k), where, "the unit this flow was first stated in");
                others.merge(k, (e.kind() == ExchangeKind.UPTAKE ? -amount : amount) * factor, Double::sum);
                continue;
            }
            if (e.kind() == ExchangeKind.RESOURCE) {
                throw new UncharacterisedFlowException(e.flow(), p.id(), "the characterisation methods given");
            }
            if (e.isElementary()) {
                int g = gasRow(e.flow(), p.id());
                double kg = convert(e.amount(), ActivityUnits.KILOGRAM, where, "a gas");
                double v = (e.kind() == ExchangeKind.EMISSION ? kg : -kg) * factor;
                gases.merge(g, v, Double::sum);
                contributions.add(new Technosphere.Contribution(
                        p.id(), e.flow(), true, j, g, v, e.amount().value()));
                continue;
            }
            int row = provider(e, where);
            double amount = convert(e.amount(), unitOfRow(row), where, "the provider's unit");
            double sign = e.kind() == ExchangeKind.AVOIDED ? 1 : -1; // inputs and waste draw on providers
            entries.merge(row, sign * amount * factor, Double::sum);
            contributions.add(new Technosphere.Contribution(
                    p.id(),
                    e.flow(),
                    false,
                    j,
                    row,
                    sign * amount * factor,
                    e.amount().value()));
        }
    }

    private static Exchange ownReference(UnitProcess p, Technosphere.Column c) {
        if (p.reference().flow().equals(c.product())) {
            return p.reference();
        }
        return p.productOutputs().stream()
                .filter(o -> o.flow().equals(c.product()))
                .findFirst()
                .orElseThrow();
    }

    private int provider(Exchange e, String where) {
        if (e.provider() != null) {
            Integer j = byProcessAndProduct.get(e.provider() + "|" + e.flow());
            if (j == null) {
                throw new NoProviderException(e.flow(), where + ": process '" + e.provider() + "' does not make it");
            }
            return j;
        }
        List<Integer> candidates = providers.get(e.flow());
        if (candidates == null) {
            throw new NoProviderException(e.flow(), where);
        }
        if (candidates.size() > 1) {
            throw new InvalidModelException(where + ": " + candidates.size() + " processes provide '" + e.flow() + "' ("
                    + candidates.stream().map(k -> columns.get(k).processId()).toList() + "); name the provider");
        }
        return candidates.get(0);
    }

    private Unit<?> unitOfRow(int row) {
        return ActivityUnits.parse(columns.get(row).unit());
    }

    private int gasRow(String flow, String process) {
        Gas gas;
        try {
            gas = Gas.of(flow);
        } catch (IllegalArgumentException e) {
            throw new UncharacterisedFlowException(flow, process, "any GWP set");
        }
        return gasIndex.computeIfAbsent(gas.code(), k -> gasIndex.size());
    }

    private int otherRow(Exchange e) {
        return otherIndex.computeIfAbsent(e.flow(), k -> {
            otherUnits.add(e.amount().unit());
            return otherIndex.size();
        });
    }

    private static double convert(Amount a, Unit<?> target, String where, String what) {
        try {
            return a.value() * UnitConversion.multiplier(a.unit(), target);
        } catch (IncommensurableException e) {
            throw new UnitMismatchException(
                    where + " (" + what + ")", ActivityUnits.symbol(a.unit()), ActivityUnits.symbol(target));
        }
    }
}
