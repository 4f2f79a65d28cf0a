package org.tanji.core.calc.solver;

import java.util.List;

/**
 * How one loop of a process system (a strongly connected block of A) was solved, and how close it is to having no
 * net output. Conditioning is measured with every process scaled to one unit of its reference product, so the
 * units a dataset happens to use do not change it.
 *
 * <pre>{@code
 * for (LoopReport loop : result.loops()) {
 *     if (loop.nearlySingular()) System.out.println(loop.nearlyClosing() + " gain " + loop.loopGain());
 * }
 * }</pre>
 *
 * @param processes processes (columns) in the loop
 * @param method how it was solved: "sparse LU", or "GMRES with ILU(0)" where an LU would fill too much
 * @param storedEntries matrix entries kept to solve it (factors, or the incomplete factor)
 * @param conditionEstimate estimate of the 1-norm condition number κ₁ (Hager–Higham, a few solves; within a small
 *     factor of the true value, never above it)
 * @param loopGain spectral radius of the loop's inputs per unit of output: what comes back, per step, of what the
 *     loop takes (1 would be a loop with no net output); estimated by inverse iteration when κ₁ exceeds {@link
 *     #GAIN_CHECKED_ABOVE}, else NaN
 * @param nearlyClosing the processes that carry the nearly closed loop (largest in its eigenvector), at most ten;
 *     empty unless {@link #nearlySingular()}
 */
public record LoopReport(
        int processes,
        String method,
        long storedEntries,
        double conditionEstimate,
        double loopGain,
        List<String> nearlyClosing) {
    /**
     * A loop whose gain reaches this makes at least 1,000 units circulate per unit delivered: the footprint
     * depends on the fourth significant digit of its coefficients, and usually a recycling loop returns nearly
     * everything it takes by mistake.
     */
    public static final double NEAR_SINGULAR_GAIN = 0.999;

    /** The gain is estimated only for loops this ill-conditioned; a productive loop stays far below it. */
    public static final double GAIN_CHECKED_ABOVE = 1e3;

    public LoopReport {
        nearlyClosing = List.copyOf(nearlyClosing);
    }

    /** True when the loop's gain is at least {@link #NEAR_SINGULAR_GAIN}. */
    public boolean nearlySingular() {
        return loopGain >= NEAR_SINGULAR_GAIN;
    }

    /** The named warning a result carries for a nearly singular loop. */
    String warning() {
        return String.format(
                java.util.Locale.ROOT,
                "near-singular loop: processes %s return nearly all they take (loop gain %.6f, condition estimate"
                        + " %.3g); every unit delivered makes about %,.0f units circulate, so the footprint hangs on"
                        + " the loop's coefficients — check them (a recycling or return loop that closes by mistake)",
                String.join(", ", nearlyClosing),
                loopGain,
                conditionEstimate,
                1 / (1 - loopGain));
    }
}
