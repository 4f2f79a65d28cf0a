package org.tanji.benchmarks;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tanji.core.calc.solver.MatrixMarket;
import org.tanji.core.calc.solver.SystemSolver;

/**
 * Writes the generated 20,000-process system's matrix for SciPy ({@code benchmarks/scipy_splu.py}) and prints
 * Tanji's own timings of the same matrix in the same run.
 *
 * <p>{@code java -Xmx4g -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.WriteMatrix target/system.mtx}
 */
public final class WriteMatrix {
    private WriteMatrix() {}

    public static void main(String[] args) throws Exception {
        GeneratedSystem g = new GeneratedSystem(12_000, 8_000, 42);
        Path out = Path.of(args.length > 0 ? args[0] : "system.mtx");
        try (Writer w = Files.newBufferedWriter(out)) {
            MatrixMarket.write(g.system, w);
        }
        SystemSolver solver = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            solver = SystemSolver.of(g.system);
            long t1 = System.nanoTime();
            solver.solve(new org.tanji.core.process.Demand("product f0", org.tanji.core.model.Amount.of(1, "kg")));
            long t2 = System.nanoTime();
            System.out.printf(
                    java.util.Locale.ROOT,
                    "run %d: analysis + factorisation %.0f ms, first solve %.1f ms%n",
                    i,
                    (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6);
        }
        System.out.printf(
                "%d columns, %d in cyclic blocks, %d entries in L and U; matrix written to %s%n",
                solver.size(), solver.cyclicSize(), solver.factorEntries(), out);
    }
}
