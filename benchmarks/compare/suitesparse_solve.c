/*
 * KLU or UMFPACK (SuiteSparse, from Debian's libsuitesparse-dev) on a Matrix Market file, measured the way
 * Tanji's SolverShapes measures itself: the first result (analysis, factorisation, one solve), each further
 * demand (a solve with another unit right-hand side), the fill (entries of L and U) and the peak resident memory.
 * Only for side-by-side measurement; Tanji's solver is pure Java.
 *
 *   gcc -O2 -o suitesparse_solve suitesparse_solve.c -I/usr/include/suitesparse -lklu -lumfpack -lm
 *   ./suitesparse_solve klu hub_loops-20000.mtx
 */
#include <klu.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <umfpack.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Reads a coordinate Matrix Market file into compressed columns (entries of a column in file order). */
static void read_matrix(const char *path, int *n_out, int **ap_out, int **ai_out, double **ax_out) {
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(2);
    }
    char line[1024];
    do {
        if (!fgets(line, sizeof line, f)) exit(2);
    } while (line[0] == '%');
    int n, m, nnz;
    sscanf(line, "%d %d %d", &n, &m, &nnz);
    int *ri = malloc(nnz * sizeof(int)), *ci = malloc(nnz * sizeof(int));
    double *v = malloc(nnz * sizeof(double));
    for (int k = 0; k < nnz; k++) {
        if (fscanf(f, "%d %d %lf", &ri[k], &ci[k], &v[k]) != 3) exit(2);
    }
    fclose(f);
    int *ap = calloc(n + 1, sizeof(int)), *ai = malloc(nnz * sizeof(int));
    double *ax = malloc(nnz * sizeof(double));
    for (int k = 0; k < nnz; k++) ap[ci[k]]++;
    for (int j = 0; j < n; j++) ap[j + 1] += ap[j];
    int *next = malloc(n * sizeof(int));
    for (int j = 0; j < n; j++) next[j] = ap[j]; /* counted at ap[column] (1-based): ap[j] starts column j */
    for (int k = 0; k < nnz; k++) {
        int j = ci[k] - 1, w = next[j]++;
        ai[w] = ri[k] - 1;
        ax[w] = v[k];
    }
    free(ri), free(ci), free(v), free(next);
    *n_out = n, *ap_out = ap, *ai_out = ai, *ax_out = ax;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s klu|umfpack matrix.mtx\n", argv[0]);
        return 2;
    }
    int n, *ap, *ai;
    double *ax;
    read_matrix(argv[2], &n, &ap, &ai, &ax);
    int demands = 200;
    double *b = calloc(n, sizeof(double)), *x = calloc(n, sizeof(double));
    double first, further;
    long fill;
    unsigned seed = 7;
    if (strcmp(argv[1], "klu") == 0) {
        klu_common c;
        klu_defaults(&c);
        double t0 = now();
        klu_symbolic *s = klu_analyze(n, ap, ai, &c);
        klu_numeric *num = klu_factor(ap, ai, ax, s, &c);
        if (!num) {
            fprintf(stderr, "klu: status %d\n", c.status);
            return 1;
        }
        b[0] = 1;
        klu_solve(s, num, n, 1, b, &c);
        first = now() - t0;
        fill = (long) num->lnz + num->unz + num->nzoff;
        double t1 = now();
        for (int d = 0; d < demands; d++) {
            memset(b, 0, n * sizeof(double));
            b[rand_r(&seed) % n] = 1;
            klu_solve(s, num, n, 1, b, &c);
        }
        further = (now() - t1) / demands;
    } else {
        double control[UMFPACK_CONTROL], info[UMFPACK_INFO];
        umfpack_di_defaults(control);
        void *symbolic, *numeric;
        double t0 = now();
        umfpack_di_symbolic(n, n, ap, ai, ax, &symbolic, control, info);
        if (umfpack_di_numeric(ap, ai, ax, symbolic, &numeric, control, info) != UMFPACK_OK) return 1;
        b[0] = 1;
        umfpack_di_solve(UMFPACK_A, ap, ai, ax, x, b, numeric, control, info);
        first = now() - t0;
        int lnz, unz, nr, nc, nzud;
        umfpack_di_get_lunz(&lnz, &unz, &nr, &nc, &nzud, numeric);
        fill = (long) lnz + unz;
        double t1 = now();
        control[UMFPACK_IRSTEP] = 0; /* a plain solve, as KLU's and Tanji's further demand */
        for (int d = 0; d < demands; d++) {
            memset(b, 0, n * sizeof(double));
            b[rand_r(&seed) % n] = 1;
            umfpack_di_solve(UMFPACK_A, ap, ai, ax, x, b, numeric, control, info);
        }
        further = (now() - t1) / demands;
    }
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    printf("%-8s first result %8.3f s   further demand %8.2f ms   L+U %10ld   peak RSS %6ld MB\n", argv[1], first,
           further * 1e3, fill, u.ru_maxrss / 1024);
    return 0;
}
