package org.tanji.benchmarks;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.tanji.core.calc.solver.LoopReport;
import org.tanji.core.calc.solver.MatrixMarket;
import org.tanji.core.calc.solver.SupplyChains;
import org.tanji.core.calc.solver.SystemMonteCarlo;
import org.tanji.core.calc.solver.SystemResult;
import org.tanji.core.calc.solver.SystemSolver;
import org.tanji.core.process.Demand;
import org.tanji.core.process.Exchange;
import org.tanji.core.process.ExchangeKind;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.process.UnitProcess;
import org.tanji.core.uncertainty.Distribution;

/**
 * The solver on every generated shape, in one run: the first result (compile, block split, ordering or incomplete
 * factorisation, condition estimate, one solve), each further demand, Monte Carlo iterations per second and the
 * peak heap; optionally writes each system's matrix (and Tanji's scaling for the first column's product) for
 * {@code benchmarks/compare/} (SciPy, KLU and UMFPACK on the same files).
 *
 * <p>{@code java -Xmx600m -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.SolverShapes 20000 [dir]}
 */
public final class SolverShapes {
    private SolverShapes() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path out = args.length > 1 ? Path.of(args[1]) : null;
        List<SupplyChains.Shape> shapes = new ArrayList<>();
        for (int a = 2; a < args.length; a++) {
            shapes.add(SupplyChains.Shape.valueOf(args[a]));
        }
        if (shapes.isEmpty()) {
            shapes = List.of(SupplyChains.Shape.values());
        }
        for (SupplyChains.Shape shape : shapes) {
            measure(shape, n, out);
        }
    }

    private static void measure(SupplyChains.Shape shape, int n, Path out) throws Exception {
        ProcessSystem system = SupplyChains.generate(shape, n, 42);
        if (out != null) {
            Files.createDirectories(out);
            try (Writer w = Files.newBufferedWriter(out.resolve(name(shape, n) + ".mtx"))) {
                MatrixMarket.write(system, w);
            }
        }
        System.gc();
        resetPeaks();
        SplittableRandom random = new SplittableRandom(7);
        List<String> products = system.processes().stream()
                .map(p -> p.productOutputs().get(0).flow())
                .toList();
        double first = Double.MAX_VALUE;
        double firstCold = 0;
        SystemSolver solver = null;
        SystemResult r = null;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            solver = SystemSolver.of(system);
            r = solver.solve(Demand.of(products.get(random.nextInt(n)), 1, "kg"));
            double ms = (System.nanoTime() - t0) / 1e6;
            first = Math.min(first, ms);
            if (run == 0) {
                firstCold = ms;
            }
        }
        int demands = 300;
        double worstResidual = r.relativeResidual();
        for (int i = 0; i < 50; i++) { // warm-up
            solver.solve(Demand.of(products.get(random.nextInt(n)), 1, "kg"));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < demands; i++) {
            SystemResult d = solver.solve(Demand.of(products.get(random.nextInt(n)), 1, "kg"));
            worstResidual = Math.max(worstResidual, d.relativeResidual());
        }
        double further = (System.nanoTime() - t0) / 1e6 / demands;
        if (out != null) { // the scaling for one unit of the first column's product, for the comparison script
            SystemResult s = solver.solve(Demand.of(products.get(0), 1, "kg"));
            StringBuilder lines = new StringBuilder();
            system.processes().forEach(p -> lines.append(String.format(Locale.ROOT, "%.17g%n", s.scaling(p.id()))));
            Files.writeString(out.resolve(name(shape, n) + ".scaling"), lines);
        }
        double mcRate = monteCarlo(solver, system, products.get(0));
        long peak = peakHeap();
        System.out.printf(
                Locale.ROOT,
                "%-14s n=%,d  cyclic %,d  first %.0f ms (cold %.0f)  further %.2f ms  MC %.1f it/s  peak heap %,d MB"
                        + "  worst residual %.1e%n",
                shape,
                solver.size(),
                solver.cyclicSize(),
                first,
                firstCold,
                further,
                mcRate,
                peak >> 20,
                worstResidual);
        for (LoopReport loop : solver.loops()) {
            if (loop.processes() >= 100) {
                System.out.printf(
                        Locale.ROOT,
                        "    loop of %,d: %s, %,d entries, κ₁ ≈ %.3g%n",
                        loop.processes(),
                        loop.method(),
                        loop.storedEntries(),
                        loop.conditionEstimate());
            }
        }
    }

    private static String name(SupplyChains.Shape shape, int n) {
        return shape.name().toLowerCase(Locale.ROOT) + "-" + n;
    }

    /** Iterations per second with every input exchange of the system uncertain (lognormal, GSD 1.1). */
    private static double monteCarlo(SystemSolver solver, ProcessSystem system, String product) {
        SystemMonteCarlo mc = SystemMonteCarlo.of(solver, everyInputUncertain(system));
        Demand demand = Demand.of(product, 1, "kg");
        mc.run(demand, 10, 1);
        int iterations = 60;
        long t0 = System.nanoTime();
        mc.run(demand, iterations, 2);
        return iterations / ((System.nanoTime() - t0) / 1e9);
    }

    /** A lognormal with GSD 1.1 around every input exchange of the system, keyed {@code processId|flow}. */
    static Map<String, Distribution> everyInputUncertain(ProcessSystem system) {
        Map<String, Distribution> exchanges = new HashMap<>();
        for (UnitProcess p : system.processes()) {
            for (Exchange e : p.exchanges()) {
                if (e.kind() == ExchangeKind.INPUT) {
                    exchanges.put(
                            p.id() + "|" + e.flow(),
                            Distribution.lognormal(e.amount().value(), 1.1));
                }
            }
        }
        return exchanges;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
