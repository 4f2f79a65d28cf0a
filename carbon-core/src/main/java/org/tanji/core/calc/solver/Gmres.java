package org.tanji.core.calc.solver;

/**
 * Restarted GMRES with right preconditioning (Saad and Schultz 1986; Saad, algorithm 9.5): minimises the residual
 * of A·x = b over a growing Krylov space of A·M⁻¹, so the residual it reports is the residual of x itself, and it
 * never grows. Modified Gram–Schmidt and Givens rotations; the true residual is recomputed at every restart.
 */
final class Gmres {
    /** Krylov vectors kept before a restart: 30 vectors of the block's size. */
    static final int RESTART = 30;

    private Gmres() {}

    /**
     * Solves A_BB·x = b (or A_BBᵀ·x = b) in place of {@code x}, which holds the starting guess; stops at the
     * tolerance or after {@code maxIterations}, and the caller checks the residual it needs.
     *
     * @param tolerance relative residual ‖b − Ax‖₂/‖b‖₂ to reach
     */
    static void solve(
            BlockMatrix a,
            double[] values,
            boolean transposed,
            Preconditioner m,
            double[] b,
            double[] x,
            double tolerance,
            int maxIterations) {
        int n = a.size();
        double bNorm = norm(b, n);
        if (bNorm == 0) {
            java.util.Arrays.fill(x, 0, n, 0);
            return;
        }
        double[][] v = new double[RESTART + 1][];
        double[][] h = new double[RESTART + 1][RESTART];
        double[] cs = new double[RESTART];
        double[] sn = new double[RESTART];
        double[] g = new double[RESTART + 1];
        double[] w = new double[n];
        double[] z = new double[n];
        double[] r = new double[n];
        int iterations = 0;
        while (true) {
            a.multiply(values, transposed, x, r);
            for (int i = 0; i < n; i++) {
                r[i] = b[i] - r[i];
            }
            double beta = norm(r, n);
            if (beta <= tolerance * bNorm || iterations >= maxIterations || !Double.isFinite(beta)) {
                return;
            }
            v[0] = scaled(r, 1 / beta, v[0], n);
            java.util.Arrays.fill(g, 0);
            g[0] = beta;
            int k = 0;
            for (; k < RESTART && iterations < maxIterations; k++) {
                iterations++;
                System.arraycopy(v[k], 0, z, 0, n);
                m.apply(z, transposed); // (A·M⁻¹)ᵀ = M⁻ᵀ·Aᵀ: the transposed system is preconditioned by M⁻ᵀ
                a.multiply(values, transposed, z, w);
                for (int i = 0; i <= k; i++) {
                    double d = dot(w, v[i], n);
                    h[i][k] = d;
                    axpy(-d, v[i], w, n);
                }
                double next = norm(w, n);
                h[k + 1][k] = next;
                for (int i = 0; i < k; i++) { // earlier rotations on the new column
                    double t = cs[i] * h[i][k] + sn[i] * h[i + 1][k];
                    h[i + 1][k] = -sn[i] * h[i][k] + cs[i] * h[i + 1][k];
                    h[i][k] = t;
                }
                double rho = Math.hypot(h[k][k], h[k + 1][k]);
                if (rho == 0) {
                    break; // A·M⁻¹ is singular on the Krylov space
                }
                cs[k] = h[k][k] / rho;
                sn[k] = h[k + 1][k] / rho;
                h[k][k] = rho;
                h[k + 1][k] = 0;
                g[k + 1] = -sn[k] * g[k];
                g[k] = cs[k] * g[k];
                if (next == 0 || Math.abs(g[k + 1]) <= tolerance * bNorm) {
                    k++;
                    break; // converged (or the space is invariant: the solution is exact in it)
                }
                v[k + 1] = scaled(w, 1 / next, v[k + 1], n);
            }
            // y from the triangular system, then x += M⁻¹·V·y
            double[] y = new double[k];
            for (int i = k - 1; i >= 0; i--) {
                double s = g[i];
                for (int j = i + 1; j < k; j++) {
                    s -= h[i][j] * y[j];
                }
                y[i] = s / h[i][i];
            }
            double[] u = z;
            java.util.Arrays.fill(u, 0);
            for (int i = 0; i < k; i++) {
                axpy(y[i], v[i], u, n);
            }
            m.apply(u, transposed);
            for (int i = 0; i < n; i++) {
                x[i] += u[i];
            }
        }
    }

    private static double norm(double[] x, int n) {
        return Math.sqrt(dot(x, x, n));
    }

    // four partial sums: the JIT may not reorder a floating-point sum itself, and one chain of adds waits on each
    private static double dot(double[] x, double[] y, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += x[i] * y[i];
            s1 += x[i + 1] * y[i + 1];
            s2 += x[i + 2] * y[i + 2];
            s3 += x[i + 3] * y[i + 3];
        }
        for (; i < n; i++) {
            s0 += x[i] * y[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static void axpy(double a, double[] x, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] += a * x[i];
        }
    }

    /** a·x into {@code into} (allocated when null): the Krylov vectors are reused across restarts. */
    private static double[] scaled(double[] x, double a, double[] into, int n) {
        double[] y = into != null ? into : new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = a * x[i];
        }
        return y;
    }
}
