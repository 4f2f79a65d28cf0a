package org.tanji.core.calc.solver;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.tanji.core.process.ProcessSystem;

/**
 * Writes a process system's technosphere matrix A in Matrix Market coordinate format, so other solvers (SciPy,
 * UMFPACK) can be measured on the identical matrix.
 */
public final class MatrixMarket {
    private MatrixMarket() {}

    public static void write(ProcessSystem system, Writer out) throws IOException {
        Technosphere t = SystemCompiler.compile(system);
        out.write("%%MatrixMarket matrix coordinate real general\n");
        out.write("% technosphere matrix of " + system.name() + "\n");
        out.write(t.size() + " " + t.size() + " " + t.colStart[t.size()] + "\n");
        for (int j = 0; j < t.size(); j++) {
            for (int e = t.colStart[j]; e < t.colStart[j + 1]; e++) {
                out.write((t.rowIndex[e] + 1) + " " + (j + 1) + " " + String.format(Locale.ROOT, "%.17g", t.values[e])
                        + "\n");
            }
        }
    }
}
