package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tanji.portal.domain.model.product.MonteCarloRun;
import org.tanji.portal.domain.model.product.MonteCarloRunRepository;
import org.tanji.portal.domain.model.product.ProductVersion;

/** Each change in a transaction of its own: a run is written from the background thread that computes it. */
@ApplicationScoped
public class JpaMonteCarloRunRepository implements MonteCarloRunRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    @Transactional
    public MonteCarloRun create(ProductVersion version, int iterations, long seed, String login) {
        MonteCarloRun run = new MonteCarloRun(em.find(ProductVersion.class, version.id()), iterations, seed, login);
        em.persist(run);
        return run;
    }

    @Override
    @Transactional
    public void running(String id) {
        em.find(MonteCarloRun.class, id).running();
    }

    @Override
    @Transactional
    public void finish(
            String id, MonteCarloRun.Status status, Double deterministicKgCo2e, String statistics, String failure) {
        em.find(MonteCarloRun.class, id).finish(status, deterministicKgCo2e, statistics, failure);
    }

    @Override
    @Transactional
    public MonteCarloRun find(String id) {
        return em.find(MonteCarloRun.class, id);
    }

    @Override
    @Transactional
    public List<MonteCarloRun> of(ProductVersion version) {
        return em.createQuery(
                        "select r from MonteCarloRun r where r.productVersion.id = :v order by r.startedAt desc",
                        MonteCarloRun.class)
                .setParameter("v", version.id())
                .getResultList();
    }

    @Override
    @Transactional
    public int interruptLeftovers() {
        var left = em.createQuery("select r from MonteCarloRun r where r.status in :open", MonteCarloRun.class)
                .setParameter("open", List.of(MonteCarloRun.Status.QUEUED, MonteCarloRun.Status.RUNNING))
                .getResultList();
        left.forEach(r -> r.finish(MonteCarloRun.Status.INTERRUPTED, null, null, "the server stopped during the run"));
        return left.size();
    }
}
