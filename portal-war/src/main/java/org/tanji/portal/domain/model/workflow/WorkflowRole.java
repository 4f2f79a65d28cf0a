package org.tanji.portal.domain.model.workflow;

/**
 * The roles of certification: the applicant's staff, a certification body's verifier, independent reviewer and
 * decision-maker, the scheme administrator who runs the portal, and the regulator who reads everything.
 */
public enum WorkflowRole {
    APPLICANT,
    VERIFIER,
    REVIEWER,
    DECISION_MAKER,
    SCHEME_ADMIN,
    /** Read-only: sees every case and certificate, changes nothing. */
    SUPERVISOR;

    /** The roles of a certification body's staff. */
    public boolean ofCertificationBody() {
        return this == VERIFIER || this == REVIEWER || this == DECISION_MAKER;
    }
}
