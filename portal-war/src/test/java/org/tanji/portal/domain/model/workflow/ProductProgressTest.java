package org.tanji.portal.domain.model.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tanji.portal.domain.model.workflow.ProductProgress.Application;
import org.tanji.portal.domain.model.workflow.ProductProgress.Footprint;
import org.tanji.portal.domain.model.workflow.ProductProgress.Issued;
import org.tanji.portal.domain.model.workflow.ProductProgress.NextStep;
import org.tanji.portal.domain.model.workflow.ProductProgress.Status;

/** What the dashboard says of a product at each point of its way to a certificate, and what it asks the user. */
class ProductProgressTest {
    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    static final Footprint FOOTPRINT = new Footprint(11, 1, 12.5, NOW.minusSeconds(60));

    static ProductProgress progress(boolean model, Footprint f, ApplicationState a, Issued c) {
        return new ProductProgress(7, model, f, a == null ? null : new Application(3, a), c);
    }

    static Issued certificate(CertificateState state, Duration left) {
        return new Issued("TJ-2026-000001", state, NOW.plus(left));
    }

    static void expect(ProductProgress p, Status status, NextStep next) {
        assertEquals(status, p.status(NOW), "status of " + p);
        assertEquals(next, p.nextStep(NOW), "next step of " + p);
    }

    @Test
    void aNewProductAsksForItsModelThenForACalculationThenForASubmission() {
        expect(progress(false, null, null, null), Status.DRAFT, NextStep.ENTER_MODEL);
        expect(progress(true, null, null, null), Status.DRAFT, NextStep.CALCULATE);
        expect(progress(true, FOOTPRINT, null, null), Status.CALCULATED, NextStep.SUBMIT);
        // an application not yet submitted is still the exporter's to submit
        expect(progress(true, FOOTPRINT, ApplicationState.DRAFT, null), Status.CALCULATED, NextStep.SUBMIT);
    }

    @Test
    void whileCertifiersWorkTheExporterWaitsUnlessAskedAQuestion() {
        for (ApplicationState s : new ApplicationState[] {
            ApplicationState.SUBMITTED,
            ApplicationState.UNDER_VERIFICATION,
            ApplicationState.VERIFIED,
            ApplicationState.UNDER_REVIEW,
            ApplicationState.REVIEWED,
            ApplicationState.APPROVED
        }) {
            expect(progress(true, FOOTPRINT, s, null), Status.IN_CERTIFICATION, NextStep.NONE);
        }
        expect(
                progress(true, FOOTPRINT, ApplicationState.CLARIFICATION_REQUESTED, null),
                Status.CLARIFICATION_REQUESTED,
                NextStep.ANSWER_CLARIFICATION);
    }

    @Test
    void aCertificateIsExpiringNinetyDaysBeforeItsEndAndItsRenewalIsProposedOnce() {
        Issued year = certificate(CertificateState.ACTIVE, Duration.ofDays(365));
        Issued ninety = certificate(CertificateState.ACTIVE, Duration.ofDays(89));
        expect(progress(true, FOOTPRINT, ApplicationState.CERTIFIED, year), Status.CERTIFIED, NextStep.NONE);
        expect(progress(true, FOOTPRINT, ApplicationState.CERTIFIED, ninety), Status.EXPIRING, NextStep.RENEW);
        // the renewal is submitted: the old certificate still counts, nothing more to do
        expect(progress(true, FOOTPRINT, ApplicationState.SUBMITTED, ninety), Status.EXPIRING, NextStep.NONE);
        // ...unless the certifiers ask about the renewal
        expect(
                progress(true, FOOTPRINT, ApplicationState.CLARIFICATION_REQUESTED, year),
                Status.CERTIFIED,
                NextStep.ANSWER_CLARIFICATION);
    }

    @Test
    void rejectedOrWithdrawnCertificatesLeaveTheProductNotCertified() {
        expect(progress(true, FOOTPRINT, ApplicationState.REJECTED, null), Status.NOT_CERTIFIED, NextStep.NONE);
        for (CertificateState s : new CertificateState[] {
            CertificateState.SUSPENDED, CertificateState.REVOKED, CertificateState.SUPERSEDED
        }) {
            expect(
                    progress(true, FOOTPRINT, ApplicationState.CERTIFIED, certificate(s, Duration.ofDays(200))),
                    Status.NOT_CERTIFIED,
                    NextStep.NONE);
        }
        expect(
                progress(
                        true,
                        FOOTPRINT,
                        ApplicationState.CERTIFIED,
                        certificate(CertificateState.EXPIRED, Duration.ZERO)),
                Status.NOT_CERTIFIED,
                NextStep.RENEW);
        // a withdrawn application leaves a calculated product to submit again
        expect(progress(true, FOOTPRINT, ApplicationState.WITHDRAWN, null), Status.CALCULATED, NextStep.SUBMIT);
    }
}
