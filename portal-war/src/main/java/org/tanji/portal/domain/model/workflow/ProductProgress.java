package org.tanji.portal.domain.model.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a product has come — its last footprint, its latest certification application and certificate — and what
 * its owner should do next: what the exporter's dashboard shows. Derived from what is stored, never stored itself.
 *
 * <pre>{@code
 * ProductProgress p = new ProductProgress(7, true, footprint, null, null);
 * p.status(now);     // CALCULATED
 * p.nextStep(now);   // SUBMIT
 * }</pre>
 *
 * @param hasModel whether the product has a draft model to calculate
 * @param footprint the newest calculation of any of its versions, or null
 * @param application its newest certification application, or null
 * @param certificate the certificate of its newest certified application, or null
 */
public record ProductProgress(
        long productId, boolean hasModel, Footprint footprint, Application application, Issued certificate) {

    /** A certificate this close to the end of its validity is shown as expiring, and its renewal proposed. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(90);

    /** The dashboard's stages, in the order a product goes through them. */
    public enum Status {
        DRAFT,
        CALCULATED,
        IN_CERTIFICATION,
        CLARIFICATION_REQUESTED,
        CERTIFIED,
        EXPIRING,
        /** Rejected, or its certificate suspended, revoked or expired. */
        NOT_CERTIFIED
    }

    /** What the product's owner should do next; NONE while others (certifiers) act or nothing is due. */
    public enum NextStep {
        ENTER_MODEL,
        CALCULATE,
        SUBMIT,
        ANSWER_CLARIFICATION,
        RENEW,
        NONE
    }

    /** The last footprint: calculation id, version calculated, total in kg CO2e per declared unit. */
    public record Footprint(long calculationId, int version, double totalKgCo2e, Instant calculatedAt) {}

    public record Application(long id, ApplicationState state) {}

    public record Issued(String number, CertificateState state, Instant validUntil) {}

    public Status status(Instant now) {
        if (certificate != null && certificate.state().valid()) {
            return expiring(now) ? Status.EXPIRING : Status.CERTIFIED;
        }
        if (application != null && application.state() == ApplicationState.CLARIFICATION_REQUESTED) {
            return Status.CLARIFICATION_REQUESTED;
        }
        if (application != null && !application.state().terminal() && application.state() != ApplicationState.DRAFT) {
            return Status.IN_CERTIFICATION;
        }
        if (certificate != null || (application != null && application.state() == ApplicationState.REJECTED)) {
            return Status.NOT_CERTIFIED;
        }
        return footprint == null ? Status.DRAFT : Status.CALCULATED;
    }

    public NextStep nextStep(Instant now) {
        Status status = status(now);
        if (application != null && application.state() == ApplicationState.CLARIFICATION_REQUESTED) {
            return NextStep.ANSWER_CLARIFICATION;
        }
        if (status == Status.EXPIRING && !renewing()
                || certificate != null && certificate.state() == CertificateState.EXPIRED && !renewing()) {
            return NextStep.RENEW;
        }
        return switch (status) {
            case DRAFT -> hasModel ? NextStep.CALCULATE : NextStep.ENTER_MODEL;
            case CALCULATED -> NextStep.SUBMIT;
            default -> NextStep.NONE;
        };
    }

    private boolean expiring(Instant now) {
        return certificate.validUntil() != null && certificate.validUntil().isBefore(now.plus(EXPIRY_WARNING));
    }

    /** A later application is under way (a renewal is submitted, not yet decided). */
    private boolean renewing() {
        return application != null && !application.state().terminal() && application.state() != ApplicationState.DRAFT;
    }
}
