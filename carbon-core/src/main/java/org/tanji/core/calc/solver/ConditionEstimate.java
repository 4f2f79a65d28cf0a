package org.tanji.core.calc.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * How close a loop is to singular, at the cost of a few solves with its factorisation. The block is first scaled
 * to one unit of each reference product (A_s = A·D⁻¹, D its diagonal), so units do not count.
 *
 * <ul>
 *   <li>κ₁(A_s) = ‖A_s‖₁·‖A_s⁻¹‖₁, the second factor by Hager's estimator as refined by Higham (1988, LAPACK's
 *       xLACON): it climbs to the column of A_s⁻¹ with the largest 1-norm, usually in two or three pairs of solves;
 *   <li>when κ₁ is large, the loop's gain 1 − μ, μ the smallest eigenvalue of A_s, by inverse iteration from a
 *       positive start (the Perron vector of a non-negative input matrix); it converges fastest exactly when the
 *       loop nearly closes, and the product of its right and left vectors points at the processes on the loop.
 * </ul>
 */
final class ConditionEstimate {
    private ConditionEstimate() {}

    static LoopReport of(CyclicBlock block, IntFunction<String> processName) {
        int n = block.size();
        double[] values = block.values();
        double[] d = block.matrix.diagonal(values);
        double norm = 0;
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int e = block.matrix.colStart[k]; e < block.matrix.colStart[k + 1]; e++) {
                s += Math.abs(values[e]);
            }
            norm = Math.max(norm, s / Math.abs(d[k]));
        }
        double kappa = norm * inverseNorm(block, d);
        double gain = Double.NaN;
        List<String> loop = List.of();
        if (kappa > LoopReport.GAIN_CHECKED_ABOVE) {
            double[] right = new double[n];
            gain = 1 - smallestEigenvalue(block, d, right, false);
            if (gain >= LoopReport.NEAR_SINGULAR_GAIN) {
                double[] left = new double[n];
                smallestEigenvalue(block, d, left, true);
                // the right vector also runs through what the loop buys, the left one through what buys from it;
                // only the processes of the loop itself are large in both
                double[] participation = new double[n];
                for (int i = 0; i < n; i++) {
                    participation[i] = Math.abs(right[i] * left[i]);
                }
                loop = carriers(participation, block.matrix.columns, processName);
            }
        }
        return new LoopReport(n, block.method().label, block.storedEntries(), kappa, gain, loop);
    }

    /** ‖A_s⁻¹‖₁ = ‖D·A⁻¹‖₁ estimated (Higham 1988, algorithm 4.1). */
    private static double inverseNorm(CyclicBlock block, double[] d) {
        int n = d.length;
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        double estimate = 0;
        int last = -1;
        for (int round = 0; round < 5; round++) {
            double[] y = x.clone();
            block.solve(y, false);
            double norm = 0;
            for (int i = 0; i < n; i++) {
                y[i] *= d[i];
                norm += Math.abs(y[i]);
            }
            if (round > 0 && norm <= estimate) {
                break;
            }
            estimate = norm;
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = (y[i] >= 0 ? 1 : -1) * d[i]; // Dᵀ·sign(y), then A⁻ᵀ
            }
            block.solve(z, true);
            int j = 0;
            double zx = 0;
            for (int i = 0; i < n; i++) {
                zx += z[i] * x[i];
                if (Math.abs(z[i]) > Math.abs(z[j])) {
                    j = i;
                }
            }
            if (round > 0 && (Math.abs(z[j]) <= zx || j == last)) {
                break;
            }
            java.util.Arrays.fill(x, 0);
            x[j] = 1;
            last = j;
        }
        // Higham's extra test vector guards against the estimator being fooled by cancellation
        double[] alt = new double[n];
        for (int i = 0; i < n; i++) {
            alt[i] = (i % 2 == 0 ? 1 : -1) * (1 + (double) i / Math.max(1, n - 1));
        }
        block.solve(alt, false);
        double altNorm = 0;
        for (int i = 0; i < n; i++) {
            altNorm += Math.abs(alt[i] * d[i]);
        }
        return Math.max(estimate, 2 * altNorm / (3.0 * n));
    }

    /**
     * μ, the eigenvalue of A_s = A·D⁻¹ nearest 0, by inverse iteration; v receives its right eigenvector (or, when
     * {@code transposed}, its left one).
     */
    private static double smallestEigenvalue(CyclicBlock block, double[] d, double[] v, boolean transposed) {
        int n = d.length;
        java.util.Arrays.fill(v, 1 / Math.sqrt(n));
        double mu = Double.NaN;
        for (int it = 0; it < 50; it++) {
            double[] w = v.clone();
            if (transposed) { // A_s⁻ᵀ·v = A⁻ᵀ·D·v
                for (int i = 0; i < n; i++) {
                    w[i] *= d[i];
                }
                block.solve(w, true);
            } else { // A_s⁻¹·v = D·A⁻¹·v
                block.solve(w, false);
                for (int i = 0; i < n; i++) {
                    w[i] *= d[i];
                }
            }
            double vw = 0;
            double ww = 0;
            for (int i = 0; i < n; i++) {
                vw += v[i] * w[i];
                ww += w[i] * w[i];
            }
            double next = 1 / vw; // v has unit length: vᵀ·A_s⁻¹·v = 1/μ at an eigenvector
            double length = Math.sqrt(ww);
            for (int i = 0; i < n; i++) {
                v[i] = w[i] / length;
            }
            if (Math.abs(next - mu) <= 1e-10 * Math.abs(next)) {
                return next;
            }
            mu = next;
        }
        return mu;
    }

    /** The processes with the largest weight, at most ten, largest first. */
    private static List<String> carriers(double[] v, int[] columns, IntFunction<String> processName) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        double floor = 0.1 * max;
        List<String> names = new ArrayList<>();
        IntStream.range(0, v.length)
                .filter(i -> Math.abs(v[i]) >= floor)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> -Math.abs(v[i])))
                .limit(10)
                .forEach(i -> names.add(processName.apply(columns[i])));
        return names;
    }
}
