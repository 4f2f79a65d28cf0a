package org.tanji.portal.domain.model.workflow;

/** Where a certification application is; see {@link ApplicationLifeCycle} for the moves between them. */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    UNDER_VERIFICATION,
    CLARIFICATION_REQUESTED,
    /** A point-in-time verification statement was issued. */
    VERIFIED,
    UNDER_REVIEW,
    /** The independent reviewer passed the verification to the decision-maker. */
    REVIEWED,
    APPROVED,
    CERTIFIED,
    REJECTED,
    WITHDRAWN;

    /** True before a decision: the applicant may still withdraw. */
    public boolean beforeDecision() {
        return ordinal() <= REVIEWED.ordinal();
    }

    /** True when nothing more happens to the application (a rejection may still be appealed). */
    public boolean terminal() {
        return this == CERTIFIED || this == REJECTED || this == WITHDRAWN;
    }
}
