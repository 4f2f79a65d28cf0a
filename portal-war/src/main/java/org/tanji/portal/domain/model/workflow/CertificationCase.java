package org.tanji.portal.domain.model.workflow;

import java.util.HashSet;
import java.util.Set;

/**
 * A certification application as the workflow sees it: its state, the organisation that applied, the body it was
 * made to, and who has acted in which capacity so far. Immutable: {@link #apply} gives the case after a move, or
 * refuses it naming the rule.
 *
 * <pre>{@code
 * CertificationCase c = CertificationCase.draft(exporterOrg, bodyOrg);
 * c = c.apply(alice, ApplicationAction.SUBMIT);          // SUBMITTED
 * c = c.apply(victor, ApplicationAction.ACCEPT);         // UNDER_VERIFICATION, victor on the team
 * c.apply(victor, ApplicationAction.START_REVIEW);       // refused: ROLE (victor verifies)
 * }</pre>
 *
 * @param verificationTeam logins of the verifiers who acted on the case
 * @param reviewer the independent reviewer, once one started the review
 * @param rejectedBy decision-makers who rejected the case (an appeal goes to someone else)
 */
public record CertificationCase(
        ApplicationState state,
        long applicantOrganisation,
        long certificationBody,
        Set<String> verificationTeam,
        String reviewer,
        Set<String> rejectedBy,
        boolean appealed) {

    public CertificationCase {
        verificationTeam = Set.copyOf(verificationTeam);
        rejectedBy = Set.copyOf(rejectedBy);
    }

    /** A new application of {@code applicantOrganisation} to {@code certificationBody}. */
    public static CertificationCase draft(long applicantOrganisation, long certificationBody) {
        return new CertificationCase(
                ApplicationState.DRAFT, applicantOrganisation, certificationBody, Set.of(), null, Set.of(), false);
    }

    /**
     * The case after {@code actor} takes {@code action}.
     *
     * @throws WorkflowRefusal naming the rule when the state, the role or the separation of duties forbids it
     */
    public CertificationCase apply(Actor actor, ApplicationAction action) {
        String what = actor.login() + " taking " + action + " on an application " + state;
        if (actor.role() == WorkflowRole.SUPERVISOR) {
            throw new WorkflowRefusal(WorkflowRule.READ_ONLY, what);
        }
        ApplicationLifeCycle.Move move = ApplicationLifeCycle.move(state, action)
                .orElseThrow(() -> new WorkflowRefusal(WorkflowRule.STATE, what));
        if (actor.role() != move.role()) {
            throw new WorkflowRefusal(WorkflowRule.ROLE, what);
        }
        SeparationOfDutiesPolicy.check(this, actor, action);
        Set<String> team = new HashSet<>(verificationTeam);
        String review = reviewer;
        Set<String> rejecters = new HashSet<>(rejectedBy);
        boolean appeal = appealed || action == ApplicationAction.APPEAL;
        switch (actor.role()) {
            case VERIFIER -> team.add(actor.login());
            case REVIEWER -> review = actor.login();
            case DECISION_MAKER -> {
                if (action == ApplicationAction.REJECT) {
                    rejecters.add(actor.login());
                }
            }
            default -> {}
        }
        return new CertificationCase(
                move.to(), applicantOrganisation, certificationBody, team, review, rejecters, appeal);
    }
}
