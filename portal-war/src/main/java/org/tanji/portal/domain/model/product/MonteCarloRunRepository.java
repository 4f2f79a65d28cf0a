package org.tanji.portal.domain.model.product;

import java.util.List;

/** The stored Monte Carlo runs, each change in its own transaction (runs outlive the request that started them). */
public interface MonteCarloRunRepository {
    MonteCarloRun create(ProductVersion version, int iterations, long seed, String login);

    void running(String id);

    void finish(String id, MonteCarloRun.Status status, Double deterministicKgCo2e, String statistics, String failure);

    /** The run with its version and product, or null. */
    MonteCarloRun find(String id);

    /** The runs of a product version, newest first. */
    List<MonteCarloRun> of(ProductVersion version);

    /** Marks runs that were queued or running when the server stopped; returns how many. */
    int interruptLeftovers();
}
