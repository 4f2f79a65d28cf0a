package org.tanji.portal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.product.MonteCarloRun;
import org.tanji.portal.domain.model.product.MonteCarloRunRepository;
import org.tanji.portal.domain.model.product.ProductVersion;
import org.tanji.portal.domain.model.product.ProductVersionRepository;

/**
 * Monte Carlo runs of product versions as background jobs with progress and cancellation. Each run is stored
 * ({@link MonteCarloRun}) when asked for and again when it ends, with its statistics, so results outlive a restart;
 * progress is counted in memory while it runs. The uncertainty the model states for its activities and factors is
 * used; a factor it states none for gets a lognormal from its data-quality ratings
 * (the footprint engine decides how: see {@link FootprintEngine#monteCarlo}).
 */
@ApplicationScoped
public class MonteCarloJobs {
    private static final Logger LOG = Logger.getLogger(MonteCarloJobs.class.getName());
    public static final int MAX_ITERATIONS = 100_000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ProductService products;

    @Inject
    ProductVersionRepository versionStore;

    @Inject
    VersionService versions;

    @Inject
    FootprintEngine engine;

    @Inject
    MonteCarloRunRepository runs;

    /** Runs in progress in this server: iterations done, and whether the owner asked to stop. */
    private final Map<String, Progress> running = new ConcurrentHashMap<>();

    private static final class Progress {
        final AtomicInteger done = new AtomicInteger();
        final AtomicBoolean cancelled = new AtomicBoolean();
    }

    /** A run as its owner sees it; {@code statistics} once done. */
    public record Job(
            String id,
            long productId,
            int version,
            MonteCarloRun.Status status,
            int done,
            int iterations,
            long seed,
            Double deterministicKgCo2e,
            MonteCarloStatistics statistics,
            String failure,
            Instant startedAt,
            Instant finishedAt) {}

    public Job start(Caller caller, long productId, int number, int iterations, long seed) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new InvalidInputException(
                    "iterations", "iterations must be 1 to " + MAX_ITERATIONS + ", not " + iterations);
        }
        products.actable(caller, productId);
        ProductVersion v = versions.version(caller, productId, number);
        String model = versionStore.modelText(v);
        MonteCarloRun run = runs.create(v, iterations, seed, caller.login());
        Progress progress = new Progress();
        running.put(run.id(), progress);
        executor.submit(() -> run(run, progress, v.modelSha256(), model, caller.login()));
        return view(run, progress);
    }

    private void run(MonteCarloRun run, Progress progress, String modelSha256, String model, String login) {
        try {
            runs.running(run.id());
            FootprintEngine.MonteCarloOutcome result =
                    engine.monteCarlo(modelSha256, model, run.iterations(), run.seed(), new FootprintEngine.Progress() {
                        @Override
                        public void done(int iterations) {
                            progress.done.set(iterations);
                        }

                        @Override
                        public boolean cancelled() {
                            return progress.cancelled.get();
                        }
                    });
            runs.finish(
                    run.id(),
                    MonteCarloRun.Status.DONE,
                    result.deterministicKgCo2e(),
                    result.statistics().toJson(),
                    null);
            LOG.info(() -> login + " ran Monte Carlo " + run.id() + " on product version "
                    + run.productVersion().id() + " (" + run.iterations() + " iterations)");
        } catch (CancellationException e) {
            runs.finish(run.id(), MonteCarloRun.Status.CANCELLED, null, null, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Monte Carlo " + run.id() + " failed", e);
            runs.finish(run.id(), MonteCarloRun.Status.FAILED, null, null, e.getMessage());
        } finally {
            running.remove(run.id());
        }
    }

    /** The run, if the caller's organisation owns it. */
    public Job get(Caller caller, String id) {
        return view(owned(caller, id), running.get(id));
    }

    /** The runs of a product version the caller may see, newest first. */
    public java.util.List<Job> of(Caller caller, long productId, int number) {
        return runs.of(versions.version(caller, productId, number)).stream()
                .map(r -> view(r, running.get(r.id())))
                .toList();
    }

    /** Asks a run to stop; a run that has ended stays as it is. */
    public void cancel(Caller caller, String id) {
        Progress progress = running.get(owned(caller, id).id());
        if (progress != null) {
            progress.cancelled.set(true);
        }
    }

    /** Marks runs that a stopped server left unfinished (called once at start). */
    public void interruptLeftovers() {
        int n = runs.interruptLeftovers();
        if (n > 0) {
            LOG.warning(() -> n + " Monte Carlo run(s) were interrupted by the last shutdown");
        }
    }

    private MonteCarloRun owned(Caller caller, String id) {
        MonteCarloRun run = runs.find(id);
        if (run == null || !Visibility.maySee(caller.viewer(), run)) {
            throw new NotVisibleException("no Monte Carlo job " + id);
        }
        return run;
    }

    private static Job view(MonteCarloRun run, Progress progress) {
        int done = progress != null
                ? progress.done.get()
                : run.status() == MonteCarloRun.Status.DONE ? run.iterations() : 0;
        return new Job(
                run.id(),
                run.productVersion().product().id(),
                run.productVersion().number(),
                run.status(),
                done,
                run.iterations(),
                run.seed(),
                run.deterministicKgCo2e(),
                run.statistics() == null ? null : MonteCarloStatistics.fromJson(run.statistics()),
                run.failure(),
                run.startedAt(),
                run.finishedAt());
    }
}
