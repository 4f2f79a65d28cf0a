package org.tanji.portal.domain.model.workflow;

/** A rule a refused transition broke, in words the refusal shows. */
public enum WorkflowRule {
    STATE("the application is not in a state where this can happen"),
    ROLE("this role may not take this step"),
    READ_ONLY("a supervisor reads everything and changes nothing"),
    APPLICANT_ORGANISATION("only the applicant's organisation acts for the applicant"),
    CERTIFICATION_BODY("only staff of the certification body the application was made to act on it"),
    OWN_ORGANISATION("nobody verifies, reviews or decides on their own organisation's application"),
    CONFLICT_OF_INTEREST("a declared conflict of interest with the applicant bars this person"),
    REVIEWER_NOT_ON_TEAM("the independent reviewer may not have been on the verification team"),
    DECIDER_NOT_ON_TEAM("the decision-maker may not have been on the verification team"),
    DECIDER_NOT_REVIEWER("the decision-maker may not be the reviewer (four eyes)"),
    APPEAL_NEW_DECIDER("an appeal is decided by a decision-maker who did not decide the rejection");

    private final String explanation;

    WorkflowRule(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
