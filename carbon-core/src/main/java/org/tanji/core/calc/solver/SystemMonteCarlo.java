package org.tanji.core.calc.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.process.Demand;
import org.tanji.core.uncertainty.Distribution;
import org.tanji.core.uncertainty.Iterations;
import org.tanji.core.uncertainty.MonteCarloListener;
import org.tanji.core.uncertainty.SampleStatistics;
import org.tanji.core.uncertainty.Uncertainty;

/**
 * Monte Carlo over a process system: each iteration draws the uncertain exchanges, rescales their cells of A and
 * of the gas matrix, refactorises the cyclic blocks numerically (block split and minimum-degree ordering are kept
 * from the first analysis) and solves. Reproducible from a seed on any number of threads; memory holds one
 * matrix copy per thread and the kept totals.
 *
 * <pre>{@code
 * SystemMonteCarlo mc = SystemMonteCarlo.of(solver, Map.of("power|coal", Distribution.lognormal(4, 1.1)));
 * SampleStatistics total = mc.run(Demand.of("electricity", 1, "kWh"), 1_000, 42);
 * }</pre>
 */
public final class SystemMonteCarlo {
    private final SystemSolver solver;
    private final Technosphere t;
    private final List<Distribution> distributions = new ArrayList<>();
    private final List<Double> stated = new ArrayList<>();
    // per uncertain cell: its input, whether a gas, the index it changes and the exchange's contribution
    private final int[] cellInput;
    private final boolean[] cellGas;
    private final int[] cellIndex;
    private final int[] cellColumn;
    private final double[] cellValue;
    private final int[] diagonalEntry;

    /**
     * @param exchanges distributions keyed {@code processId|flow}, of the exchange amount in its own unit
     */
    private SystemMonteCarlo(SystemSolver solver, Map<String, ? extends Uncertainty> exchanges) {
        this.solver = solver;
        this.t = solver.technosphere();
        Map<String, Integer> input = new LinkedHashMap<>();
        List<int[]> cells = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Technosphere.Contribution c : t.contributions) {
            String key = c.process() + "|" + c.flow();
            Uncertainty u = exchanges.get(key);
            if (u == null) {
                continue;
            }
            Integer k = input.get(key);
            if (k == null) {
                k = distributions.size();
                input.put(key, k);
                if (c.stated() == 0) {
                    throw new InvalidModelException(
                            "exchange '" + key + "' is 0; an uncertainty around 0 cannot scale it");
                }
                Distribution d = u.around(c.stated());
                d.checkDescribes("exchange '" + key + "'", c.stated());
                distributions.add(d);
                stated.add(c.stated());
            }
            int index = c.elementary() ? position(t.gasRows[c.column()], c.row()) : t.entry(c.row(), c.column());
            cells.add(new int[] {k, c.elementary() ? 1 : 0, index, c.column()});
            values.add(c.value());
        }
        for (String key : exchanges.keySet()) {
            if (!input.containsKey(key)) {
                throw new InvalidModelException("uncertainty is given for exchange '" + key
                        + "', which the system does not" + " have (write processId|flow)");
            }
        }
        int n = cells.size();
        cellInput = new int[n];
        cellGas = new boolean[n];
        cellIndex = new int[n];
        cellColumn = new int[n];
        cellValue = new double[n];
        for (int i = 0; i < n; i++) {
            cellInput[i] = cells.get(i)[0];
            cellGas[i] = cells.get(i)[1] == 1;
            cellIndex[i] = cells.get(i)[2];
            cellColumn[i] = cells.get(i)[3];
            cellValue[i] = values.get(i);
        }
        diagonalEntry = new int[t.size()];
        for (int j = 0; j < t.size(); j++) {
            diagonalEntry[j] = t.entry(j, j);
        }
    }

    private static int position(int[] rows, int row) {
        for (int k = 0; k < rows.length; k++) {
            if (rows[k] == row) {
                return k;
            }
        }
        throw new IllegalStateException("gas row " + row + " not in its column");
    }

    public static SystemMonteCarlo of(SystemSolver solver, Map<String, ? extends Uncertainty> exchanges) {
        return new SystemMonteCarlo(solver, exchanges);
    }

    /** Number of distinct uncertain exchanges. */
    public int inputs() {
        return distributions.size();
    }

    public SampleStatistics run(Demand demand, int iterations, long seed) {
        return run(demand, iterations, seed, Runtime.getRuntime().availableProcessors(), MonteCarloListener.NONE);
    }

    /** The distribution of {@code demand}'s total over {@code iterations} draws. */
    public SampleStatistics run(Demand demand, int iterations, long seed, int threads, MonteCarloListener listener) {
        double[] f = solver.demandVector(demand);
        double[] totals = new double[iterations];
        double[] gwp = solver.gwp();
        Iterations.run(iterations, seed, threads, listener, (from, to, rng) -> {
            ContinuousSampler[] samplers = new ContinuousSampler[distributions.size()];
            for (int k = 0; k < samplers.length; k++) {
                samplers[k] = distributions.get(k).sampler(rng);
            }
            CyclicBlock[] blocks = solver.copyBlocks();
            double[] values = new double[t.values.length];
            double[] diagonal = new double[t.size()];
            double[][] gasKg = new double[t.size()][];
            double[] m = new double[samplers.length];
            for (int it = from; it < to; it++) {
                System.arraycopy(t.values, 0, values, 0, values.length);
                for (int k = 0; k < m.length; k++) {
                    m[k] = samplers[k].sample() / stated.get(k);
                }
                for (int c = 0; c < cellIndex.length; c++) {
                    double delta = (m[cellInput[c]] - 1) * cellValue[c];
                    if (cellGas[c]) {
                        int j = cellColumn[c];
                        if (gasKg[j] == null) {
                            gasKg[j] = t.gasKg[j].clone();
                        }
                        gasKg[j][cellIndex[c]] += delta;
                    } else {
                        values[cellIndex[c]] += delta;
                    }
                }
                for (int j = 0; j < diagonal.length; j++) {
                    diagonal[j] = values[diagonalEntry[j]];
                }
                for (CyclicBlock b : blocks) {
                    if (b != null) {
                        b.factorise(values); // a draw that makes a loop singular fails naming its processes
                    }
                }
                double[] s = solver.scaling(f, values, diagonal, blocks);
                double total = 0;
                for (int j = 0; j < s.length; j++) {
                    double[] kg = gasKg[j] != null ? gasKg[j] : t.gasKg[j];
                    for (int k = 0; k < kg.length; k++) {
                        total += kg[k] * gwp[t.gasRows[j][k]] * s[j];
                    }
                }
                totals[it] = total;
                for (int c = 0; c < cellIndex.length; c++) {
                    if (cellGas[c]) {
                        gasKg[cellColumn[c]] = null; // back to the stated values next iteration
                    }
                }
            }
        });
        return new SampleStatistics(totals);
    }
}
