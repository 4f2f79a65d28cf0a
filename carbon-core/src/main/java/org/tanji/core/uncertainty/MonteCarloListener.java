package org.tanji.core.uncertainty;

/** Follows a long Monte Carlo run and can stop it (the portal shows progress and offers a cancel button). */
public interface MonteCarloListener {
    MonteCarloListener NONE = (done, total) -> {};

    /** Called as chunks of iterations complete, from any thread. */
    void progress(int done, int total);

    /** Polled between chunks; true stops the run with a {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
