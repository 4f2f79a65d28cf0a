#!/usr/bin/env python3
"""SciPy's splu on the identical matrix Tanji solves, for the matrix benchmark.

    java -Xmx4g -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.WriteMatrix target/system.mtx
    python3 benchmarks/scipy_splu.py target/system.mtx

Prints, per column ordering, the factorisation time (best of the runs), one solve, and the fill (nnz of L + U).
SciPy's default ordering is COLAMD; MMD on A'+A with symmetric mode is its best case on such matrices.
"""
import sys
import time

import numpy as np
import scipy
import scipy.io
import scipy.sparse.linalg as sla


def measure(a, runs, **options):
    best = None
    for _ in range(runs):
        t = time.perf_counter()
        lu = sla.splu(a, **options)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    b = np.zeros(a.shape[0])
    b[a.shape[0] - 1] = 1.0
    t = time.perf_counter()
    lu.solve(b)
    return best, time.perf_counter() - t, lu.L.nnz + lu.U.nnz


def main(path):
    a = scipy.io.mmread(path).tocsc()
    print("scipy %s, numpy %s, matrix %dx%d, %d non-zeros" % (scipy.__version__, np.__version__, a.shape[0],
                                                              a.shape[1], a.nnz))
    cases = [("COLAMD (default)", 1, {}),
             ("MMD_AT_PLUS_A, symmetric mode", 3,
              {"permc_spec": "MMD_AT_PLUS_A", "diag_pivot_thresh": 0.0, "options": {"SymmetricMode": True}}),
             ("MMD_AT_PLUS_A", 1, {"permc_spec": "MMD_AT_PLUS_A"})]
    for name, runs, options in cases:
        factor, solve, fill = measure(a, runs, **options)
        print("%-32s factorisation %8.3f s   solve %7.2f ms   fill %d" % (name, factor, solve * 1000, fill))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "system.mtx")
