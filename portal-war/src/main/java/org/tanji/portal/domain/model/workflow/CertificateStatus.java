package org.tanji.portal.domain.model.workflow;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A certificate's life cycle:
 *
 * <pre>
 * ACTIVE --suspend(reason), decision-maker--> SUSPENDED --reinstate, decision-maker--> ACTIVE
 * ACTIVE | SUSPENDED --revoke(reason), decision-maker--> REVOKED
 * ACTIVE | SUSPENDED --valid-until passed--> EXPIRED
 * ACTIVE --renewal certified--> SUPERSEDED (by the renewal's certificate)
 * ACTIVE --surveillance recorded, verifier--> ACTIVE
 * </pre>
 *
 * <p>Only the staff of the body that issued the certificate act on it; a supervisor reads and changes nothing.
 *
 * @param reason why it was suspended or revoked; null otherwise
 * @param supersededBy the renewal's certificate number, once superseded
 */
public record CertificateStatus(
        CertificateState state, long issuingBody, Instant validUntil, String reason, String supersededBy) {

    /** Two years, as the Chinese pilot rules and the Carbon Trust use; a scheme may set another. */
    public static final Period DEFAULT_VALIDITY = Period.ofYears(2);

    public CertificateStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(validUntil, "valid until");
    }

    /** A certificate issued at {@code issued} by {@code body}, valid until {@code validUntil}. */
    public static CertificateStatus issued(long body, Instant issued, Instant validUntil) {
        if (!validUntil.isAfter(issued)) {
            throw new IllegalArgumentException(
                    "a certificate must be valid after its issue (" + issued + "), not until " + validUntil);
        }
        return new CertificateStatus(CertificateState.ACTIVE, body, validUntil, null, null);
    }

    /** The end of a validity {@code period} from {@code issued}, counted in calendar terms in UTC. */
    public static Instant validUntil(Instant issued, Period period) {
        return issued.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    /**
     * Suspended by a decision-maker of the issuing body, or by the scheme's administrator: the scheme owner may
     * stop a certificate's use at once (on a regulator's order, say) while the body investigates.
     */
    public CertificateStatus suspend(Actor actor, String why) {
        checkBodyOrScheme(actor, "suspend", CertificateState.ACTIVE);
        return new CertificateStatus(CertificateState.SUSPENDED, issuingBody, validUntil, required(why), null);
    }

    /** Reinstated by whoever may suspend it; revoking stays the issuing body's decision alone. */
    public CertificateStatus reinstate(Actor actor) {
        checkBodyOrScheme(actor, "reinstate", CertificateState.SUSPENDED);
        return new CertificateStatus(CertificateState.ACTIVE, issuingBody, validUntil, null, null);
    }

    public CertificateStatus revoke(Actor actor, String why) {
        check(actor, WorkflowRole.DECISION_MAKER, "revoke", CertificateState.ACTIVE, CertificateState.SUSPENDED);
        return new CertificateStatus(CertificateState.REVOKED, issuingBody, validUntil, required(why), null);
    }

    /** A verifier of the issuing body records a surveillance: nothing changes but the record of it. */
    public CertificateStatus recordSurveillance(Actor actor) {
        check(actor, WorkflowRole.VERIFIER, "record surveillance on", CertificateState.ACTIVE);
        return this;
    }

    /** The certificate at {@code now}: expired once its validity has passed, else unchanged (the expiry job). */
    public CertificateStatus on(Instant now) {
        boolean running = state == CertificateState.ACTIVE || state == CertificateState.SUSPENDED;
        return running && now.isAfter(validUntil)
                ? new CertificateStatus(CertificateState.EXPIRED, issuingBody, validUntil, reason, null)
                : this;
    }

    /** Replaced by the certificate {@code renewal} of a certified renewal. */
    public CertificateStatus supersededBy(String renewal) {
        if (state != CertificateState.ACTIVE) {
            throw new WorkflowRefusal(WorkflowRule.STATE, "superseding a certificate " + state);
        }
        return new CertificateStatus(
                CertificateState.SUPERSEDED,
                issuingBody,
                validUntil,
                null,
                Objects.requireNonNull(renewal, "renewal certificate"));
    }

    private void checkBodyOrScheme(Actor actor, String verb, CertificateState... from) {
        if (actor.role() == WorkflowRole.SCHEME_ADMIN) {
            check(actor, WorkflowRole.SCHEME_ADMIN, verb, from);
        } else {
            check(actor, WorkflowRole.DECISION_MAKER, verb, from);
        }
    }

    private void check(Actor actor, WorkflowRole role, String verb, CertificateState... from) {
        String what = actor.login() + " trying to " + verb + " a certificate " + state;
        if (actor.role() == WorkflowRole.SUPERVISOR) {
            throw new WorkflowRefusal(WorkflowRule.READ_ONLY, what);
        }
        if (java.util.Arrays.stream(from).noneMatch(s -> s == state)) {
            throw new WorkflowRefusal(WorkflowRule.STATE, what);
        }
        if (actor.role() != role) {
            throw new WorkflowRefusal(WorkflowRule.ROLE, what);
        }
        if (role != WorkflowRole.SCHEME_ADMIN && actor.organisationId() != issuingBody) {
            throw new WorkflowRefusal(WorkflowRule.CERTIFICATION_BODY, what);
        }
    }

    private static String required(String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a suspension or revocation states its reason");
        }
        return why.strip();
    }
}
