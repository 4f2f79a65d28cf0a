package org.tanji.portal.domain.model.party;

/**
 * What a user may do. A certification body's staff hold one of three roles, kept apart so that the same person
 * never verifies, reviews and decides one case (ISO/IEC 17029; see {@code domain.model.workflow}).
 */
public enum Role {
    /** Enters products of its own organisation, calculates them and applies for certification. */
    EXPORTER,
    /** Verifies applications made to its certification body and issues verification statements. */
    VERIFIER,
    /** Reviews a verification independently before the decision; never on the verification team. */
    REVIEWER,
    /** Approves or rejects applications and suspends, reinstates or revokes certificates of its body. */
    DECISION_MAKER,
    /** Runs the portal (the scheme administrator): organisations and users. */
    ADMIN,
    /** The regulator: reads every case, certificate and the audit log, changes nothing. */
    SUPERVISOR;

    /** Whether the role reads everything: the administrator and the supervisor. */
    public boolean seesEverything() {
        return this == ADMIN || this == SUPERVISOR;
    }

    /** Whether the role is one of a certification body's staff. */
    public boolean ofCertificationBody() {
        return this == VERIFIER || this == REVIEWER || this == DECISION_MAKER;
    }
}
