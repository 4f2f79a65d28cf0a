package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.tanji.portal.domain.model.product.MonteCarloRun;
import org.tanji.portal.domain.model.product.ProductVersion;

/** The stored Monte Carlo runs, each change in its own transaction (runs outlive the request that started them). */
@ApplicationScoped
public class MonteCarloRuns {
  @PersistenceContext(unitName = "tanji")
  EntityManager em;

  @Transactional
  public MonteCarloRun create(ProductVersion v, int iterations, long seed, String login) {
    MonteCarloRun run = new MonteCarloRun(em.find(ProductVersion.class, v.id()), iterations, seed, login);
    em.persist(run);
    return run;
  }

  @Transactional
  public void running(String id) {
    em.find(MonteCarloRun.class, id).running();
  }

  @Transactional
  public void finish(String id, MonteCarloRun.Status status, Double deterministicKgCo2e, String statistics,
      String failure) {
    em.find(MonteCarloRun.class, id).finish(status, deterministicKgCo2e, statistics, failure);
  }

  /** The run with its version and product (eager associations), or null. */
  @Transactional
  public MonteCarloRun find(String id) {
    return em.find(MonteCarloRun.class, id);
  }

  /** The runs of a product version, newest first. */
  @Transactional
  public java.util.List<MonteCarloRun> of(ProductVersion v) {
    return em.createQuery("select r from MonteCarloRun r where r.productVersion.id = :v order by r.startedAt desc",
        MonteCarloRun.class).setParameter("v", v.id()).getResultList();
  }

  /** Runs that were queued or running when the server stopped: they will not finish now. */
  @Transactional
  public int interruptLeftovers() {
    var left = em.createQuery("select r from MonteCarloRun r where r.status in :open", MonteCarloRun.class)
        .setParameter("open", java.util.List.of(MonteCarloRun.Status.QUEUED, MonteCarloRun.Status.RUNNING))
        .getResultList();
    left.forEach(r -> r.finish(MonteCarloRun.Status.INTERRUPTED, null, null, "the server stopped during the run"));
    return left.size();
  }
}
