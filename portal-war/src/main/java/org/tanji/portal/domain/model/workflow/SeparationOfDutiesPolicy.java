package org.tanji.portal.domain.model.workflow;

/**
 * Who may act on an application beyond holding the right role: the applicant's own staff act for it; only the
 * staff of the body it was made to verify, review and decide, never on their own organisation or one they declared
 * a conflict of interest with; the independent reviewer was not on the verification team; the decision-maker was
 * neither on the team nor the reviewer (four eyes), and an appeal goes to someone who did not decide the rejection
 * (ISO/IEC 17029 and 17065 impartiality, ISO 14064-3 independent review).
 */
public final class SeparationOfDutiesPolicy {
    private SeparationOfDutiesPolicy() {}

    /**
     * Checks that {@code actor}, in the right role already, may take {@code action} on {@code c}.
     *
     * @throws WorkflowRefusal naming the rule broken
     */
    public static void check(CertificationCase c, Actor actor, ApplicationAction action) {
        String what = actor.login() + " taking " + action + " on the application";
        if (actor.role() == WorkflowRole.APPLICANT) {
            if (actor.organisationId() != c.applicantOrganisation()) {
                throw new WorkflowRefusal(WorkflowRule.APPLICANT_ORGANISATION, what);
            }
            return;
        }
        if (actor.organisationId() == c.applicantOrganisation()) {
            throw new WorkflowRefusal(WorkflowRule.OWN_ORGANISATION, what);
        }
        if (actor.organisationId() != c.certificationBody()) {
            throw new WorkflowRefusal(WorkflowRule.CERTIFICATION_BODY, what);
        }
        if (actor.conflictsOfInterest().contains(c.applicantOrganisation())) {
            throw new WorkflowRefusal(WorkflowRule.CONFLICT_OF_INTEREST, what);
        }
        String login = actor.login();
        switch (actor.role()) {
            case VERIFIER -> {
                if (login.equals(c.reviewer())) {
                    throw new WorkflowRefusal(WorkflowRule.REVIEWER_NOT_ON_TEAM, what);
                }
            }
            case REVIEWER -> {
                if (c.verificationTeam().contains(login)) {
                    throw new WorkflowRefusal(WorkflowRule.REVIEWER_NOT_ON_TEAM, what);
                }
            }
            case DECISION_MAKER -> {
                if (c.verificationTeam().contains(login)) {
                    throw new WorkflowRefusal(WorkflowRule.DECIDER_NOT_ON_TEAM, what);
                }
                if (login.equals(c.reviewer())) {
                    throw new WorkflowRefusal(WorkflowRule.DECIDER_NOT_REVIEWER, what);
                }
                if (c.appealed()
                        && (action == ApplicationAction.APPROVE || action == ApplicationAction.REJECT)
                        && c.rejectedBy().contains(login)) {
                    throw new WorkflowRefusal(WorkflowRule.APPEAL_NEW_DECIDER, what);
                }
            }
            default -> {}
        }
    }
}
