#!/usr/bin/python3
"""SciPy on the matrices Tanji's SolverShapes writes, measured as Tanji measures itself.

    java -Xmx600m -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.SolverShapes 20000 target/mtx
    /usr/bin/python3 benchmarks/compare/scipy_solve.py target/mtx/hub_loops-20000.mtx

Debian's python3-scipy. Per case: the first result (factorisation and one solve), a further demand (one solve with
another unit right-hand side) and the fill (entries of L and U):
- splu on the whole matrix with SciPy's default COLAMD and with MMD on A'+A;
- splu (MMD on A'+A) on each strongly connected block after the same split Tanji makes, the rest by the sweep;
- spsolve (UMFPACK when scikit-umfpack is present, else SuperLU) on the whole matrix.
A case that runs longer than the time limit (TIMEOUT seconds, default 300) is reported as such. When the file has
a Tanji solution beside it (<name>.scaling: A·s = e_0), the largest relative difference from SciPy's is printed.
"""
import multiprocessing
import os
import resource
import sys
import time

import numpy as np
import scipy
import scipy.io
import scipy.sparse as sp
import scipy.sparse.csgraph as csgraph
import scipy.sparse.linalg as sla

TIMEOUT = float(os.environ.get("TIMEOUT", "300"))


def whole(a, options):
    t = time.perf_counter()
    lu = sla.splu(a, **options)
    b = np.zeros(a.shape[0])
    b[0] = 1.0
    x = lu.solve(b)
    first = time.perf_counter() - t
    b = np.zeros(a.shape[0])
    b[a.shape[0] // 2] = 1.0
    t = time.perf_counter()
    lu.solve(b)
    return first, time.perf_counter() - t, lu.L.nnz + lu.U.nnz, x


def by_blocks(a):
    """Strongly connected blocks in topological order (consumers first), splu on each cyclic one."""
    t = time.perf_counter()
    n = a.shape[0]
    count, label = csgraph.connected_components(a.T, directed=True, connection="strong")
    # order blocks: a block comes before the blocks providing its inputs (edges column j -> row i)
    coo = a.tocoo()
    edges = set()
    for i, j in zip(label[coo.row], label[coo.col]):
        if i != j:
            edges.add((j, i))
    g = sp.csr_matrix((np.ones(len(edges)), ([e[0] for e in edges], [e[1] for e in edges])), shape=(count, count))
    indeg = np.asarray(g.sum(axis=0)).ravel()
    order, queue = [], [b for b in range(count) if indeg[b] == 0]
    while queue:
        b = queue.pop()
        order.append(b)
        for c in g.indices[g.indptr[b]:g.indptr[b + 1]]:
            indeg[c] -= 1
            if indeg[c] == 0:
                queue.append(c)
    members = [[] for _ in range(count)]
    for j in range(n):
        members[label[j]].append(j)
    factors = {}
    fill = 0
    for b in range(count):
        if len(members[b]) > 1:
            idx = np.array(members[b])
            block = a[idx][:, idx].tocsc()
            lu = sla.splu(block, permc_spec="MMD_AT_PLUS_A")
            factors[b] = (idx, lu)
            fill += lu.L.nnz + lu.U.nnz
    csc = a.tocsc()

    def solve(f):
        rhs = f.copy()
        s = np.zeros(n)
        for b in order:
            idx = members[b]
            if b in factors:
                idx, lu = factors[b]
                s[idx] = lu.solve(rhs[idx])
            else:
                j = idx[0]
                s[j] = rhs[j] / csc[j, j]
            for j in idx:
                if s[j] != 0:
                    col = slice(csc.indptr[j], csc.indptr[j + 1])
                    rows = csc.indices[col]
                    mask = label[rows] != b
                    rhs[rows[mask]] -= csc.data[col][mask] * s[j]
        return s

    f = np.zeros(n)
    f[0] = 1.0
    x = solve(f)
    first = time.perf_counter() - t
    f = np.zeros(n)
    f[n // 2] = 1.0
    t = time.perf_counter()
    solve(f)
    return first, time.perf_counter() - t, fill, x


def spsolve(a, _):
    b = np.zeros(a.shape[0])
    b[0] = 1.0
    t = time.perf_counter()
    x = sla.spsolve(a, b)
    first = time.perf_counter() - t
    return first, first, -1, x  # spsolve factorises again for every right-hand side


def run(name, path, queue):
    a = scipy.io.mmread(path).tocsc()
    cases = {"splu COLAMD": lambda: whole(a, {}),
             "splu MMD_AT_PLUS_A": lambda: whole(a, {"permc_spec": "MMD_AT_PLUS_A"}),
             "splu per block": lambda: by_blocks(a),
             "spsolve": lambda: spsolve(a, None)}
    first, further, fill, x = cases[name]()
    tanji = path[:-4] + ".scaling"
    diff = float("nan")
    if os.path.exists(tanji):
        s = np.loadtxt(tanji)
        diff = np.max(np.abs(s - x)) / np.max(np.abs(x))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((first, further, fill, diff, peak))


def main(path):
    a = scipy.io.mmread(path)
    print("%s: scipy %s, %d x %d, %d non-zeros" % (os.path.basename(path), scipy.__version__, a.shape[0], a.shape[1],
                                                   a.nnz))
    for name in ["splu per block", "splu MMD_AT_PLUS_A", "splu COLAMD", "spsolve"]:
        queue = multiprocessing.Queue()
        p = multiprocessing.Process(target=run, args=(name, path, queue))
        p.start()
        p.join(TIMEOUT)
        if p.is_alive():
            p.kill()
            print("  %-20s longer than %.0f s" % (name, TIMEOUT))
            continue
        first, further, fill, diff, peak = queue.get()
        print("  %-20s first result %8.3f s   further demand %8.2f ms   L+U %10s   peak RSS %5.0f MB"
              "   vs Tanji %.1e" % (name, first, further * 1000, fill if fill >= 0 else "-", peak, diff))
        sys.stdout.flush()


if __name__ == "__main__":
    for path in sys.argv[1:]:
        main(path)
