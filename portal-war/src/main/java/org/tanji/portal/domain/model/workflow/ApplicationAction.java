package org.tanji.portal.domain.model.workflow;

/** What an actor does to a certification application. */
public enum ApplicationAction {
    SUBMIT,
    /** The body accepts the application for verification (受理). */
    ACCEPT,
    RETURN_INCOMPLETE,
    REQUEST_CLARIFICATION,
    RESPOND,
    ISSUE_STATEMENT,
    /** The verification fails: an adverse opinion or an unresolved material misstatement. */
    FAIL,
    START_REVIEW,
    /** The reviewer sends the verification back to the verifier, saying what to look at again. */
    SEND_BACK,
    /** The reviewer finds the verification sound and passes the case to a decision-maker. */
    PASS_REVIEW,
    APPROVE,
    REJECT,
    ISSUE_CERTIFICATE,
    WITHDRAW,
    /** The applicant appeals a rejection; a different decision-maker decides again. */
    APPEAL
}
