package org.tanji.core.calc.solver;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.measure.IncommensurableException;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.error.MissingGwpValueException;
import org.tanji.core.error.NoProviderException;
import org.tanji.core.error.SingularSystemException;
import org.tanji.core.error.UnitMismatchException;
import org.tanji.core.factor.CharacterisationMethod;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.process.Demand;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.unit.ActivityUnits;
import org.tanji.core.unit.UnitConversion;

/**
 * Solves a process system: s = A⁻¹f, then the inventory and the footprint. Analysis and factorisation happen once
 * in {@link #of}; each {@link #solve} is then a sweep over the blocks with triangular solves for the cyclic ones.
 *
 * <pre>{@code
 * SystemSolver solver = SystemSolver.of(system);            // compile, split into blocks, factorise loops
 * SystemResult kwh = solver.solve(Demand.of("electricity, grid", 1, "kWh"));
 * SystemResult coal = solver.solve(Demand.of("coal", 1, "t")); // same factorisation
 * kwh.total(); kwh.topContributors(5); kwh.upstreamTree();
 * }</pre>
 *
 * <p>Thread-safe for solving once built. Loops are solved exactly, not by a truncated series; a singular system
 * (products that only make each other, a loop with no net output) fails naming its processes.
 */
public final class SystemSolver {
    private final Technosphere t;
    private final BlockStructure structure;
    /** Per block of the structure: how its loop is solved; null for a single column. */
    private final CyclicBlock[] cyclicBlocks;

    private final List<LoopReport> loops;
    private final GwpSet gwpSet;
    private final List<CharacterisationMethod> methods;
    private final double[] direct;
    private final double[] gwp;
    private final Map<String, Integer> columnOfProduct;
    private volatile double[] intensities;
    /** The solving order when the system has no loops (one sweep), else null. */
    private final int[] acyclicOrder;

    private SystemSolver(
            Technosphere t,
            GwpSet gwpSet,
            List<CharacterisationMethod> methods,
            boolean splitIntoBlocks,
            CyclicBlock.Choice choice) {
        this.t = t;
        this.gwpSet = gwpSet;
        this.methods = List.copyOf(methods);
        checkMethodUnits(t, this.methods);
        this.structure = splitIntoBlocks ? BlockStructure.of(t) : BlockStructure.single(t.size());
        this.cyclicBlocks = new CyclicBlock[structure.blocks.size()];
        int[] local = new int[t.size()];
        Arrays.fill(local, -1);
        List<LoopReport> reports = new java.util.ArrayList<>();
        for (int b = 0; b < cyclicBlocks.length; b++) {
            int[] block = structure.blocks.get(b);
            if (block.length > 1) {
                cyclicBlocks[b] = CyclicBlock.of(t, block, local, names(block), choice);
                structure.renumber(b, cyclicBlocks[b].matrix.columns);
                cyclicBlocks[b].factorise(t.values);
                reports.add(ConditionEstimate.of(
                        cyclicBlocks[b], j -> t.columns.get(j).label()));
            } else if (!(Math.abs(t.diagonal[block[0]]) > 1e-12)) {
                throw new SingularSystemException(
                        names(block), "the process consumes as much of its product as it makes");
            }
        }
        this.loops = List.copyOf(reports);
        this.acyclicOrder = structure.cyclicColumns() == 0
                ? structure.blocks.stream().mapToInt(b -> b[0]).toArray()
                : null;
        this.columnOfProduct = new HashMap<>();
        for (int j = 0; j < t.size(); j++) {
            Integer before = columnOfProduct.putIfAbsent(t.columns.get(j).product(), j);
            if (before != null) {
                columnOfProduct.put(t.columns.get(j).product(), -1); // several providers: demand must name one
            }
        }
        this.gwp = characterisationFactors(t, gwpSet);
        this.direct = directKgCo2e(t, gwp);
    }

    /** The factorisation of {@code factorised} with another GWP set: nothing is compiled or factorised again. */
    private SystemSolver(SystemSolver factorised, GwpSet gwpSet) {
        this.t = factorised.t;
        this.structure = factorised.structure;
        this.cyclicBlocks = factorised.cyclicBlocks; // read-only once factorised: solving never changes it
        this.loops = factorised.loops;
        this.acyclicOrder = factorised.acyclicOrder;
        this.columnOfProduct = factorised.columnOfProduct;
        this.methods = factorised.methods;
        this.gwpSet = gwpSet;
        this.gwp = characterisationFactors(t, gwpSet);
        this.direct = directKgCo2e(t, gwp);
    }

    private static double[] characterisationFactors(Technosphere t, GwpSet gwpSet) {
        double[] gwp = new double[t.gases.size()];
        for (int g = 0; g < gwp.length; g++) {
            String code = t.gases.get(g);
            gwp[g] = gwpSet.gwp(Gas.of(code))
                    .orElseThrow(() -> new MissingGwpValueException(code, gwpSet.name(), "the process system"));
        }
        return gwp;
    }

    private static double[] directKgCo2e(Technosphere t, double[] gwp) {
        double[] direct = new double[t.size()];
        for (int j = 0; j < t.size(); j++) {
            for (int k = 0; k < t.gasRows[j].length; k++) {
                direct[j] += t.gasKg[j][k] * gwp[t.gasRows[j][k]];
            }
        }
        return direct;
    }

    /**
     * This solver's factorisation characterised with another GWP set, e.g. to report AR6 and AR5 side by side: the
     * system is neither compiled nor factorised again.
     *
     * <pre>{@code
     * SystemSolver ar6 = SystemSolver.of(system);
     * SystemResult ar5 = ar6.characterisedWith(GwpSet.AR5).solve(demand);
     * }</pre>
     */
    public SystemSolver characterisedWith(GwpSet gwpSet) {
        return new SystemSolver(this, GwpSet.requireForCalculation(gwpSet));
    }

    /** Compiles, analyses and factorises {@code system} with IPCC AR6. */
    public static SystemSolver of(ProcessSystem system) {
        return of(system, GwpSet.AR6);
    }

    public static SystemSolver of(ProcessSystem system, GwpSet gwpSet) {
        return of(system, gwpSet, List.of());
    }

    /**
     * Also counts elementary flows other than gases with {@code methods}, each reported under its own name and unit
     * ({@link SystemResult#impacts()}); a flow no method and no GWP set characterises fails.
     */
    public static SystemSolver of(ProcessSystem system, GwpSet gwpSet, List<CharacterisationMethod> methods) {
        GwpSet characterisation = GwpSet.requireForCalculation(gwpSet); // before the work of compiling
        Set<String> flows = new HashSet<>();
        methods.forEach(m -> flows.addAll(m.factors().keySet()));
        return new SystemSolver(
                SystemCompiler.compile(system, flows), characterisation, methods, true, CyclicBlock.Choice.AUTOMATIC);
    }

    /** With the method of every loop forced (or its iteration budget changed): for tests of each path. */
    static SystemSolver of(ProcessSystem system, CyclicBlock.Choice choice) {
        return new SystemSolver(SystemCompiler.compile(system), GwpSet.AR6, List.of(), true, choice);
    }

    /** One LU over the whole matrix, no block split: the plain method, kept to compare against. */
    static SystemSolver withoutBlocks(ProcessSystem system) {
        return new SystemSolver(
                SystemCompiler.compile(system), GwpSet.AR6, List.of(), false, CyclicBlock.Choice.AUTOMATIC);
    }

    /** Every method factor must be per a unit its flow can be converted to, or the method counts nonsense. */
    private static void checkMethodUnits(Technosphere t, List<CharacterisationMethod> methods) {
        for (CharacterisationMethod m : methods) {
            for (int k = 0; k < t.otherFlows.size(); k++) {
                CharacterisationMethod.Factor f = m.factors().get(t.otherFlows.get(k));
                if (f != null && !t.otherUnits.get(k).isCompatible(f.per())) {
                    throw new UnitMismatchException(
                            "flow '" + t.otherFlows.get(k) + "' in method '" + m.name() + "'",
                            ActivityUnits.symbol(t.otherUnits.get(k)),
                            ActivityUnits.symbol(f.per()));
                }
            }
        }
    }

    /** The footprint of {@code demand}; any product of the system can be the functional unit. */
    public SystemResult solve(Demand demand) {
        double[] f = demandVector(demand);
        int j = columnOfProduct.get(demand.product());
        double[] s = scaling(f);
        double residual = relativeResidual(f, t.values, false, s);
        return new SystemResult(
                t, gwpSet.name(), demand, j, f[j], s, direct, gwp, intensities(), methods, loops, residual);
    }

    /** f: the demand in the unit of the column that provides its product, zero elsewhere. */
    double[] demandVector(Demand demand) {
        Integer j = columnOfProduct.get(demand.product());
        if (j == null) {
            throw new NoProviderException(demand.product(), "the demand");
        }
        if (j < 0) {
            throw new InvalidModelException(
                    "several processes make '" + demand.product() + "'; the demand is" + " ambiguous");
        }
        double[] f = new double[t.size()];
        try {
            f[j] = demand.amount().value()
                    * UnitConversion.multiplier(
                            demand.amount().unit(),
                            ActivityUnits.parse(t.columns.get(j).unit()));
        } catch (IncommensurableException e) {
            throw new UnitMismatchException(
                    "the demand for '" + demand.product() + "'",
                    ActivityUnits.symbol(demand.amount().unit()),
                    t.columns.get(j).unit());
        }
        return f;
    }

    /** s = A⁻¹f: block by block, consumers first, each block's output pushed to its providers. */
    double[] scaling(double[] f) {
        return scaling(f, t.values, t.diagonal, cyclicBlocks);
    }

    /**
     * s = A⁻¹f with other values of A's entries (same pattern), factorised into {@code blocks}. Every loop's
     * solution meets the residual bound, so the whole does too, up to the rounding of the sweep.
     */
    double[] scaling(double[] f, double[] values, double[] diagonal, CyclicBlock[] blocks) {
        double[] rhs = f.clone();
        double[] s = new double[t.size()];
        if (acyclicOrder != null) {
            TriangularSweep.solve(acyclicOrder, t.colStart, t.rowIndex, values, diagonal, rhs, s);
            return checkFinite(s);
        }
        double[] x = new double[0];
        for (int b = 0; b < blocks.length; b++) {
            int[] block = structure.blocks.get(b);
            if (block.length == 1) {
                int j = block[0];
                s[j] = rhs[j] / diagonal[j];
            } else {
                if (x.length < block.length) {
                    x = new double[block.length];
                }
                for (int k = 0; k < block.length; k++) {
                    x[k] = rhs[block[k]];
                }
                blocks[b].solve(x, false);
                for (int k = 0; k < block.length; k++) {
                    s[block[k]] = x[k];
                }
            }
            for (int j : block) {
                double sj = s[j];
                if (sj == 0) {
                    continue;
                }
                for (int e = t.colStart[j]; e < t.colStart[j + 1]; e++) {
                    int i = t.rowIndex[e];
                    if (structure.blockOf[i] != b) {
                        rhs[i] -= values[e] * sj;
                    }
                }
            }
        }
        return checkFinite(s);
    }

    private static double[] checkFinite(double[] s) {
        for (double v : s) {
            if (!Double.isFinite(v)) {
                throw new SingularSystemException("(see the loops of the system)", "the scaling is not finite");
            }
        }
        return s;
    }

    /**
     * λ = A⁻ᵀq: kg CO2e per unit of each product, everything upstream included. Providers first, the reverse of the
     * scaling sweep. Computed once, on first use.
     */
    double[] intensities() {
        double[] lambda = intensities;
        if (lambda != null) {
            return lambda;
        }
        lambda = new double[t.size()];
        double[] x = new double[0];
        for (int b = cyclicBlocks.length - 1; b >= 0; b--) {
            int[] block = structure.blocks.get(b);
            if (x.length < block.length) {
                x = new double[block.length];
            }
            for (int k = 0; k < block.length; k++) {
                int j = block[k];
                double r = direct[j];
                for (int e = t.colStart[j]; e < t.colStart[j + 1]; e++) {
                    int i = t.rowIndex[e];
                    if (structure.blockOf[i] != b) {
                        r -= t.values[e] * lambda[i];
                    }
                }
                x[k] = r;
            }
            if (block.length == 1) {
                lambda[block[0]] = x[0] / t.diagonal[block[0]];
            } else {
                cyclicBlocks[b].solve(x, true);
                for (int k = 0; k < block.length; k++) {
                    lambda[block[k]] = x[k];
                }
            }
        }
        intensities = lambda;
        return lambda;
    }

    /** Fresh factorisations of the cyclic blocks (null for single columns), for another thread's values. */
    CyclicBlock[] copyBlocks() {
        CyclicBlock[] copy = new CyclicBlock[cyclicBlocks.length];
        for (int b = 0; b < cyclicBlocks.length; b++) {
            copy[b] = cyclicBlocks[b] == null ? null : cyclicBlocks[b].forAnotherThread();
        }
        return copy;
    }

    /** ‖f − A·s‖∞ / ‖f‖∞ over the whole system (or with Aᵀ), for the result to state. */
    double relativeResidual(double[] f, double[] values, boolean transposed, double[] s) {
        double[] r = f.clone();
        for (int j = 0; j < t.size(); j++) {
            if (transposed) {
                for (int e = t.colStart[j]; e < t.colStart[j + 1]; e++) {
                    r[j] -= values[e] * s[t.rowIndex[e]];
                }
            } else if (s[j] != 0) {
                for (int e = t.colStart[j]; e < t.colStart[j + 1]; e++) {
                    r[t.rowIndex[e]] -= values[e] * s[j];
                }
            }
        }
        double norm = 0;
        double max = 0;
        for (int i = 0; i < r.length; i++) {
            max = Math.max(max, Math.abs(r[i]));
            norm = Math.max(norm, Math.abs(f[i]));
        }
        return norm == 0 ? max : max / norm;
    }

    /** Times a loop's chosen method missed the residual bound (or broke down) and the exact LU answered. */
    int fallbacks() {
        int n = 0;
        for (CyclicBlock b : cyclicBlocks) {
            n += b == null ? 0 : b.fallbacks();
        }
        return n;
    }

    /** How each loop was solved and how close it is to singular, in solving order; empty without loops. */
    public List<LoopReport> loops() {
        return loops;
    }

    Technosphere technosphere() {
        return t;
    }

    double[] gwp() {
        return gwp;
    }

    double[] direct() {
        return direct;
    }

    /** Number of columns (processes, and one per co-product of allocated processes). */
    public int size() {
        return t.size();
    }

    /** Columns in cyclic blocks, the part that needed an LU. */
    public int cyclicSize() {
        return structure.cyclicColumns();
    }

    /** Matrix entries kept to solve the loops: L and U factors, or incomplete factors on the iterative path. */
    public long factorEntries() {
        long n = 0;
        for (CyclicBlock b : cyclicBlocks) {
            n += b == null ? 0 : b.storedEntries();
        }
        return n;
    }

    private String names(int[] block) {
        List<String> ids = Arrays.stream(block)
                .limit(10)
                .mapToObj(j -> t.columns.get(j).label())
                .toList();
        return String.join(", ", ids) + (block.length > 10 ? " and " + (block.length - 10) + " more" : "");
    }
}
