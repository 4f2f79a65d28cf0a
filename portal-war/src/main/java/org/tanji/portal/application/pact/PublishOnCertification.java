package org.tanji.portal.application.pact;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tanji.portal.application.CertificateIssued;

/**
 * Publishes a product's new certificate as a ProductFootprint once the certificate is committed, on another thread:
 * a footprint that cannot be mapped (a declared unit PACT does not know) never undoes a certification. Such a
 * failure is logged; the exporter sees the footprint missing and the reason when it declares the profile again.
 */
@ApplicationScoped
public class PublishOnCertification {
    private static final Logger LOG = Logger.getLogger(PublishOnCertification.class.getName());

    @Inject
    FootprintPublication publication;

    @Resource
    ManagedExecutorService executor;

    void certified(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateIssued issued) {
        executor.submit(() -> {
            try {
                publication.certified(issued.number());
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "certificate " + issued.number() + " was not published for PACT: " + e.getMessage());
            }
        });
    }
}
