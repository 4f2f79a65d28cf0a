package org.tanji.portal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.factor.DataQuality;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.result.FactorContribution;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.uncertainty.Distribution;
import org.tanji.core.uncertainty.MonteCarlo;
import org.tanji.core.uncertainty.MonteCarloListener;
import org.tanji.core.uncertainty.MonteCarloResult;
import org.tanji.core.uncertainty.Pedigree;
import org.tanji.core.uncertainty.Uncertainties;
import org.tanji.factors.FactorLibrary;
import org.tanji.portal.domain.model.product.ProductVersion;

/**
 * Monte Carlo runs of product versions as background jobs with progress and cancellation. Until models carry
 * their own distributions, each factor's uncertainty comes from its data-quality ratings through the ecoinvent
 * pedigree matrix (reliability and completeness 2, the factor's technological, geographical and temporal
 * ratings, 3 where unrated; basic GSD 1.05). Jobs live in memory: a restart forgets them.
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
  FrozenModels frozen;

  @Inject
  FactorLibrary library;

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  /** A job's state as its owner sees it. */
  public static final class Job {
    public final String id = UUID.randomUUID().toString();
    public final long organisationId;
    public final long productId;
    public final int version;
    public final int iterations;
    public final long seed;
    public final AtomicInteger done = new AtomicInteger();
    final AtomicBoolean cancelled = new AtomicBoolean();
    public volatile String status = "QUEUED";
    public volatile MonteCarloResult result;
    public volatile double deterministicKgCo2e;
    public volatile String failure;

    Job(long organisationId, long productId, int version, int iterations, long seed) {
      this.organisationId = organisationId;
      this.productId = productId;
      this.version = version;
      this.iterations = iterations;
      this.seed = seed;
    }
  }

  public Job start(Caller caller, long productId, int number, int iterations, long seed) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new InvalidInputException("iterations", "iterations must be 1 to " + MAX_ITERATIONS + ", not "
          + iterations);
    }
    ProductVersion v = products.version(caller, productId, number);
    FootprintModel model = frozen.model(v);
    Job job = new Job(v.product().organisation().id(), productId, number, iterations, seed);
    jobs.put(job.id, job);
    executor.submit(() -> run(job, model, caller.login()));
    return job;
  }

  private void run(Job job, FootprintModel model, String login) {
    job.status = "RUNNING";
    try {
      FootprintResult r = FootprintCalculator.using(library).calculate(model);
      job.deterministicKgCo2e = r.total();
      MonteCarlo mc = MonteCarlo.of(model, r, fromDataQuality(r));
      job.result = mc.run(job.iterations, job.seed, Runtime.getRuntime().availableProcessors(),
          new MonteCarloListener() {
            @Override
            public void progress(int done, int total) {
              job.done.set(done);
            }

            @Override
            public boolean cancelled() {
              return job.cancelled.get();
            }
          });
      job.status = "DONE";
      LOG.info(() -> login + " ran Monte Carlo on product " + job.productId + " version " + job.version + " ("
          + job.iterations + " iterations)");
    } catch (CancellationException e) {
      job.status = "CANCELLED";
    } catch (RuntimeException e) {
      job.failure = e.getMessage();
      job.status = "FAILED";
    }
  }

  static Uncertainties fromDataQuality(FootprintResult r) {
    Uncertainties.Builder u = Uncertainties.builder();
    for (FactorContribution f : r.byFactor()) {
      if (f.kgCo2ePerUnit() > 0) {
        DataQuality q = f.quality();
        Pedigree p = new Pedigree(2, 2, orThree(q.temporal()), orThree(q.geographical()),
            orThree(q.technological()), 1.05);
        u.factor(f.factorId(), Distribution.lognormal(f.kgCo2ePerUnit(), p.gsd()));
      }
    }
    return u.build();
  }

  private static int orThree(Integer score) {
    return score == null ? 3 : score;
  }

  /** The job, if the caller's organisation owns it. */
  public Job get(Caller caller, String id) {
    Job job = jobs.get(id);
    if (job == null || job.organisationId != caller.organisationId()) {
      throw new NotVisibleException("no Monte Carlo job " + id);
    }
    return job;
  }

  public void cancel(Caller caller, String id) {
    get(caller, id).cancelled.set(true);
  }
}
