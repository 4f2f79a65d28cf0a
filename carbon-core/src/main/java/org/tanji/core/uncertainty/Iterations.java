package org.tanji.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs n Monte Carlo iterations in fixed chunks on a pool of threads. Chunk c draws from its own generator seeded from (seed,
 * c), and writes to its own slots, so results are identical for any number of threads and any scheduling.
 */
public final class Iterations {
    /** Iterations per chunk: the unit of seeding, progress and cancellation. */
    public static final int CHUNK = 512;

    /** Evaluates iterations {@code from} to {@code to} with {@code rng}. */
    @FunctionalInterface
    public interface Chunk {
        void run(int from, int to, UniformRandomProvider rng);
    }

    private Iterations() {}

    /** Runs iterations 0 to n − 1 on {@code threads} threads, chunk by chunk, reporting to {@code listener}. */
    public static void run(int n, long seed, int threads, MonteCarloListener listener, Chunk chunk) {
        if (n < 1) {
            throw new IllegalArgumentException("a Monte Carlo run needs at least one iteration, not " + n);
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                int from = c * CHUNK;
                int to = Math.min(n, from + CHUNK);
                long chunkSeed = mix(seed, c);
                futures.add(pool.submit(() -> {
                    if (listener.cancelled()) {
                        return;
                    }
                    chunk.run(
                            from, to, RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {chunkSeed, mix(chunkSeed, -1)
                            }));
                    listener.progress(done.addAndGet(to - from), n);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (listener.cancelled() || done.get() < n) {
            throw new CancellationException(
                    "Monte Carlo run cancelled after " + done.get() + " of " + n + " iterations");
        }
    }

    /** SplitMix64 of the seed and the chunk number: independent, well-mixed generator seeds. */
    static long mix(long seed, long chunk) {
        long z = seed + 0x9E3779B97F4A7C15L * (chunk + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
