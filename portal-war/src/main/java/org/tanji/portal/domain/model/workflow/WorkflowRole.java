package org.tanji.portal.domain.model.workflow;

import org.tanji.portal.domain.model.party.Role;

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

    /** The workflow role a portal user of {@code role} acts in: an exporter's staff act for the applicant. */
    public static WorkflowRole of(Role role) {
        return switch (role) {
            case EXPORTER -> APPLICANT;
            case VERIFIER -> VERIFIER;
            case REVIEWER -> REVIEWER;
            case DECISION_MAKER -> DECISION_MAKER;
            case ADMIN -> SCHEME_ADMIN;
            case SUPERVISOR -> SUPERVISOR;
        };
    }

    /** The portal role that acts as this workflow role; none for nobody. */
    public Role portalRole() {
        return switch (this) {
            case APPLICANT -> Role.EXPORTER;
            case VERIFIER -> Role.VERIFIER;
            case REVIEWER -> Role.REVIEWER;
            case DECISION_MAKER -> Role.DECISION_MAKER;
            case SCHEME_ADMIN -> Role.ADMIN;
            case SUPERVISOR -> Role.SUPERVISOR;
        };
    }
}
