package org.tanji.portal.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * What the portal does once its schema is current (the migration observes the same event earlier, at the default
 * priority): create the demo accounts on a first start, mark Monte Carlo runs the last shutdown cut short, and start
 * the certificate expiry job, after the audit sealer has sealed what the last run left.
 */
@ApplicationScoped
public class PortalStartup {
    @Inject
    DemoAccounts demoAccounts;

    @Inject
    MonteCarloJobs monteCarloJobs;

    @Inject
    CertificateExpiryJob expiry;

    @Inject
    AuditSealer auditSealer;

    @Inject
    AuditCheckpoints auditCheckpoints;

    @Inject
    org.tanji.portal.application.pact.EventDelivery eventDelivery;

    void started(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 700) @Initialized(ApplicationScoped.class)
                    Object event) {
        auditSealer.start();
        auditCheckpoints.start();
        demoAccounts.createIfNone();
        monteCarloJobs.interruptLeftovers();
        expiry.start();
        eventDelivery.start();
    }
}
