package org.tanji.portal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals committed audit entries into the chain: right after a commit that wrote some (one run at a time; commits
 * meanwhile are sealed by the next run, many entries per transaction), every few seconds besides (what another
 * server of a cluster wrote, or a run that failed), and at start-up over the whole log (what a crash left
 * unsealed). Sealers of several servers take turns on the head's database lock.
 */
@ApplicationScoped
public class AuditSealer {
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    private static final long SWEEP_SECONDS = 5;

    @Inject
    AuditLog log;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** A run is queued and has not started yet: commits until it starts need no run of their own. */
    private final AtomicBoolean queued = new AtomicBoolean();

    private java.util.concurrent.ScheduledFuture<?> sweep;

    /** Seals everything unsealed, however old, then keeps sealing. */
    void start() {
        int sealed = sealSince(Instant.EPOCH);
        if (sealed > 0) {
            LOG.warning(() -> sealed + " audit entries left unsealed by the last run were sealed now");
        }
        sweep = scheduler.scheduleWithFixedDelay(this::sealSoon, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    // a sweep left running after the portal is undeployed would keep the old deployment in memory for good
    @jakarta.annotation.PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** Asks for a run soon, on a managed thread. */
    void sealSoon() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                try {
                    sealNow();
                } catch (RuntimeException e) {
                    // the next commit or sweep tries again; the entries wait, unchanged
                    LOG.log(Level.WARNING, "sealing audit entries failed: " + e.getMessage(), e);
                }
            });
        }
    }

    /** Seals what has committed up to now, in the caller's thread. */
    void sealNow() {
        sealSince(Instant.now().minus(AuditLog.SEAL_WITHIN));
    }

    private int sealSince(Instant since) {
        int total = 0;
        for (int n = log.sealPending(since); ; n = log.sealPending(since)) {
            total += n;
            if (n < AuditLog.SEAL_BATCH) {
                return total;
            }
        }
    }
}
