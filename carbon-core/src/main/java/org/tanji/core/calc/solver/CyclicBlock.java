package org.tanji.core.calc.solver;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.tanji.core.error.ResidualNotMetException;
import org.tanji.core.error.SingularSystemException;

/**
 * One loop of the system (a strongly connected block) and how it is solved. The method is chosen from the block's
 * estimated fill: a sparse LU when its factors stay within {@link #FILL_RATIO} times the block's own entries, else
 * GMRES preconditioned by an incomplete LU, which stores nothing beyond the block. Every solution is checked: its
 * relative residual must be at most {@link #RESIDUAL_BOUND}, or the solver falls back — the iterative path to the
 * LU, the LU to iterative refinement and then to GMRES preconditioned by the LU — and fails, naming the loop, only
 * when nothing meets the bound.
 */
final class CyclicBlock {
    /** ‖b − A·x‖∞ / ‖b‖∞ every solution must meet. */
    static final double RESIDUAL_BOUND = 1e-10;

    /** LU entries allowed per entry of the block before the iterative path is taken. */
    static final int FILL_RATIO = 12;

    /** Below this many columns a block is always factorised: its LU is small whatever the fill. */
    static final int ALWAYS_DIRECT = 400;

    /** How a block is solved. */
    enum Method {
        DIRECT("sparse LU"),
        ITERATIVE("GMRES with ILU(0)");

        final String label;

        Method(String label) {
            this.label = label;
        }
    }

    /** The method to use, or null to choose by fill; and the iteration budget of the iterative path. */
    record Choice(Method forced, int maxIterations) {
        static final Choice AUTOMATIC = new Choice(null, 1_000);
    }

    final BlockMatrix matrix;
    final String processes;
    private final Method method;
    private final Choice choice;
    private volatile MinimumDegree.Ordering ordering;
    private volatile double[] values;
    private BlockLu lu;
    /** The values {@link #lu} was factorised with. */
    private double[] factorisedWith;

    private volatile IncompleteLu ilu;
    private final AtomicInteger fallbacks;

    private CyclicBlock(BlockMatrix matrix, String processes, Choice choice, MinimumDegree.Ordering ordering) {
        this.matrix = matrix;
        this.processes = processes;
        this.choice = choice;
        this.ordering = ordering;
        this.method = ordering == null ? Method.ITERATIVE : Method.DIRECT;
        this.fallbacks = new AtomicInteger();
    }

    /** The same block, pattern and ordering shared, for another thread's values (Monte Carlo). */
    private CyclicBlock(CyclicBlock pattern) {
        this.matrix = pattern.matrix;
        this.processes = pattern.processes;
        this.choice = pattern.choice;
        this.ordering = pattern.ordering;
        this.method = pattern.method;
        this.fallbacks = pattern.fallbacks;
    }

    /**
     * Analyses the block of {@code columns} and chooses its method.
     *
     * @param local scratch of A's size filled with −1
     * @param processes the block's processes, for messages
     */
    static CyclicBlock of(Technosphere t, int[] columns, int[] local, String processes, Choice choice) {
        BlockMatrix matrix = new BlockMatrix(t, columns, local);
        long budget = choice.forced() == Method.ITERATIVE
                ? -1
                : choice.forced() == Method.DIRECT || matrix.size() < ALWAYS_DIRECT
                        ? Long.MAX_VALUE
                        : ((long) FILL_RATIO * matrix.entries() - matrix.size()) / 2;
        MinimumDegree.Ordering ordering =
                budget < 0 ? null : MinimumDegree.order(matrix.size(), matrix.colStart, matrix.rowIndex, budget);
        if (ordering == null) { // iterative: renumbered consumers first, for an incomplete LU that is nearly exact
            matrix = new BlockMatrix(t, ConsumersFirst.order(matrix, matrix.gather(t.values)), local);
        }
        return new CyclicBlock(matrix, processes, choice, ordering);
    }

    CyclicBlock forAnotherThread() {
        return new CyclicBlock(this);
    }

    /** Takes the block's values from A's value array and factorises (completely or incompletely). */
    void factorise(double[] globalValues) {
        double[] v = matrix.gather(globalValues);
        values = v;
        if (method == Method.ITERATIVE) {
            ilu = IncompleteLu.of(matrix, v);
            if (ilu != null) {
                return;
            }
            fallbacks.incrementAndGet(); // a zero pivot: this block needs pivoting
        }
        exactLu(v);
    }

    /** The LU of the block with {@code v}, factorised once per set of values and then shared by solving threads. */
    private synchronized BlockLu exactLu(double[] v) {
        if (lu != null && factorisedWith == v) {
            return lu;
        }
        if (ordering == null) {
            ordering = MinimumDegree.order(matrix.size(), matrix.colStart, matrix.rowIndex, Long.MAX_VALUE);
        }
        BlockLu f = lu != null ? lu : new BlockLu(matrix, ordering);
        if (!f.factorise(v)) {
            throw new SingularSystemException(processes, "the loop has no net output (its matrix block is singular)");
        }
        factorisedWith = v;
        lu = f;
        return f;
    }

    /**
     * Solves A_BB·x = b (or A_BBᵀ·x = b) in place: x holds b on entry. The result meets {@link #RESIDUAL_BOUND}.
     */
    void solve(double[] x, boolean transposed) {
        int n = matrix.size();
        double[] b = Arrays.copyOf(x, n);
        double[] values = this.values;
        IncompleteLu incomplete = ilu;
        if (method == Method.ITERATIVE && incomplete != null) {
            Arrays.fill(x, 0, n, 0);
            // GMRES measures ‖r‖₂/‖b‖₂, the bound is in ∞-norms: usually met at once, else a few more iterations
            for (double tolerance : new double[] {RESIDUAL_BOUND, RESIDUAL_BOUND / 1e3}) {
                Gmres.solve(matrix, values, transposed, incomplete, b, x, tolerance, choice.maxIterations());
                if (matrix.relativeResidual(values, transposed, b, x) <= RESIDUAL_BOUND) {
                    return;
                }
            }
            fallbacks.incrementAndGet();
            System.arraycopy(b, 0, x, 0, n);
        }
        BlockLu direct = exactLu(values);
        direct.apply(x, transposed);
        double residual = matrix.relativeResidual(values, transposed, b, x);
        double[] r = new double[n];
        for (int step = 0; step < 3 && residual > RESIDUAL_BOUND; step++) { // iterative refinement
            matrix.multiply(values, transposed, x, r);
            for (int i = 0; i < n; i++) {
                r[i] = b[i] - r[i];
            }
            direct.apply(r, transposed);
            for (int i = 0; i < n; i++) {
                x[i] += r[i];
            }
            residual = matrix.relativeResidual(values, transposed, b, x);
        }
        if (residual > RESIDUAL_BOUND) {
            Gmres.solve(matrix, values, transposed, direct, b, x, RESIDUAL_BOUND / 100, 300);
            residual = matrix.relativeResidual(values, transposed, b, x);
        }
        if (!(residual <= RESIDUAL_BOUND)) {
            throw new ResidualNotMetException(processes, residual, RESIDUAL_BOUND);
        }
    }

    Method method() {
        return method;
    }

    /** Times the chosen method's answer was not good enough and the LU answered instead. */
    int fallbacks() {
        return fallbacks.get();
    }

    /** Entries stored to solve: L and U, or the incomplete factor (plus the LU after a fallback). */
    synchronized long storedEntries() {
        BlockLu f = lu;
        IncompleteLu i = ilu;
        return (f == null ? 0 : f.factorEntries()) + (i == null ? 0 : i.entries());
    }

    int size() {
        return matrix.size();
    }

    double[] values() {
        return values;
    }
}
