package org.tanji.portal.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Expires certificates past their validity, in the server, every {@code tanji.certificate.expiry-check} (an
 * ISO-8601 duration, {@code PT1H} by default) and once at start. Each run is one transaction; on a cluster every node
 * runs it and the optimistic lock lets one win each certificate.
 */
@ApplicationScoped
public class CertificateExpiryJob {
    private static final Logger LOG = Logger.getLogger(CertificateExpiryJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CertificateService certificates;

    private ScheduledFuture<?> schedule;

    /** The interval between runs. */
    static Duration interval() {
        String text = System.getProperty("tanji.certificate.expiry-check", "PT1H");
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalStateException("tanji.certificate.expiry-check must be positive, not " + text);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "tanji.certificate.expiry-check must be an ISO-8601 duration such as PT1H, not " + text, e);
        }
    }

    void start() {
        long every = interval().toMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::run, 0, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "certificate expiry check every " + interval());
    }

    void run() {
        try {
            int expired = certificates.expire(Instant.now());
            if (expired > 0) {
                LOG.info(() -> expired + " certificate(s) expired");
            }
        } catch (RuntimeException e) {
            // the next run tries again; a failure must not end the schedule
            LOG.log(Level.WARNING, "certificate expiry check failed; trying again at the next run", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
