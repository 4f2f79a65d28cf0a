package org.tanji.portal.domain.model.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every state × action × role of an application, against the workflow as the research note writes it (section 5,
 * "Application (engagement) states"), and the separation-of-duties rules one by one.
 */
class CertificationCaseTest {
    private static final long EXPORTER = 10;
    private static final long BODY = 20;
    private static final long OTHER_BODY = 30;

    /** The moves allowed, as "STATE ACTION ROLE → NEW_STATE", typed from the note, not read from the code. */
    private static final Map<String, ApplicationState> ALLOWED = Map.ofEntries(
            Map.entry("DRAFT SUBMIT APPLICANT", ApplicationState.SUBMITTED),
            Map.entry("SUBMITTED ACCEPT VERIFIER", ApplicationState.UNDER_VERIFICATION),
            Map.entry("SUBMITTED RETURN_INCOMPLETE VERIFIER", ApplicationState.DRAFT),
            Map.entry("UNDER_VERIFICATION REQUEST_CLARIFICATION VERIFIER", ApplicationState.CLARIFICATION_REQUESTED),
            Map.entry("CLARIFICATION_REQUESTED RESPOND APPLICANT", ApplicationState.UNDER_VERIFICATION),
            Map.entry("UNDER_VERIFICATION ISSUE_STATEMENT VERIFIER", ApplicationState.VERIFIED),
            Map.entry("UNDER_VERIFICATION FAIL VERIFIER", ApplicationState.REJECTED),
            Map.entry("VERIFIED START_REVIEW REVIEWER", ApplicationState.UNDER_REVIEW),
            Map.entry("UNDER_REVIEW SEND_BACK REVIEWER", ApplicationState.UNDER_VERIFICATION),
            Map.entry("UNDER_REVIEW PASS_REVIEW REVIEWER", ApplicationState.REVIEWED),
            Map.entry("REVIEWED APPROVE DECISION_MAKER", ApplicationState.APPROVED),
            Map.entry("REVIEWED REJECT DECISION_MAKER", ApplicationState.REJECTED),
            Map.entry("APPROVED ISSUE_CERTIFICATE DECISION_MAKER", ApplicationState.CERTIFIED),
            Map.entry("REJECTED APPEAL APPLICANT", ApplicationState.REVIEWED),
            Map.entry("DRAFT WITHDRAW APPLICANT", ApplicationState.WITHDRAWN),
            Map.entry("SUBMITTED WITHDRAW APPLICANT", ApplicationState.WITHDRAWN),
            Map.entry("UNDER_VERIFICATION WITHDRAW APPLICANT", ApplicationState.WITHDRAWN),
            Map.entry("CLARIFICATION_REQUESTED WITHDRAW APPLICANT", ApplicationState.WITHDRAWN),
            Map.entry("VERIFIED WITHDRAW APPLICANT", ApplicationState.WITHDRAWN),
            Map.entry("UNDER_REVIEW WITHDRAW APPLICANT", ApplicationState.WITHDRAWN),
            Map.entry("REVIEWED WITHDRAW APPLICANT", ApplicationState.WITHDRAWN));

    /** Someone in {@code role}, in the organisation that role acts from. */
    private static Actor actor(WorkflowRole role) {
        long org = role == WorkflowRole.APPLICANT ? EXPORTER : role.ofCertificationBody() ? BODY : 1;
        return new Actor(role.name().toLowerCase(), role, org);
    }

    @Test
    void everyStateActionAndRoleIsAllowedOrRefusedWithItsRule() {
        List<String> wrong = new ArrayList<>();
        for (ApplicationState state : ApplicationState.values()) {
            CertificationCase c = new CertificationCase(state, EXPORTER, BODY, Set.of(), null, Set.of(), false);
            for (ApplicationAction action : ApplicationAction.values()) {
                boolean anyRole = ALLOWED.keySet().stream().anyMatch(k -> k.startsWith(state + " " + action + " "));
                for (WorkflowRole role : WorkflowRole.values()) {
                    String key = state + " " + action + " " + role;
                    ApplicationState expected = ALLOWED.get(key);
                    String got;
                    try {
                        got = c.apply(actor(role), action).state().name();
                    } catch (WorkflowRefusal r) {
                        got = r.rule().name();
                    }
                    String want = expected != null
                            ? expected.name()
                            : role == WorkflowRole.SUPERVISOR ? "READ_ONLY" : anyRole ? "ROLE" : "STATE";
                    if (!want.equals(got)) {
                        wrong.add(key + ": expected " + want + ", got " + got);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theWholePathWithFiveDifferentPeople() {
        Actor alice = new Actor("alice", WorkflowRole.APPLICANT, EXPORTER);
        Actor victor = new Actor("victor", WorkflowRole.VERIFIER, BODY);
        Actor rita = new Actor("rita", WorkflowRole.REVIEWER, BODY);
        Actor dora = new Actor("dora", WorkflowRole.DECISION_MAKER, BODY);
        CertificationCase c = CertificationCase.draft(EXPORTER, BODY)
                .apply(alice, ApplicationAction.SUBMIT)
                .apply(victor, ApplicationAction.ACCEPT)
                .apply(victor, ApplicationAction.REQUEST_CLARIFICATION)
                .apply(alice, ApplicationAction.RESPOND)
                .apply(victor, ApplicationAction.ISSUE_STATEMENT)
                .apply(rita, ApplicationAction.START_REVIEW)
                .apply(rita, ApplicationAction.PASS_REVIEW)
                .apply(dora, ApplicationAction.APPROVE)
                .apply(dora, ApplicationAction.ISSUE_CERTIFICATE);
        assertEquals(ApplicationState.CERTIFIED, c.state());
        assertEquals(Set.of("victor"), c.verificationTeam());
        assertEquals("rita", c.reviewer());
    }

    private static WorkflowRule refusal(CertificationCase c, Actor a, ApplicationAction action) {
        return assertThrows(WorkflowRefusal.class, () -> c.apply(a, action)).rule();
    }

    @Test
    void separationOfDuties() {
        CertificationCase submitted = CertificationCase.draft(EXPORTER, BODY)
                .apply(new Actor("alice", WorkflowRole.APPLICANT, EXPORTER), ApplicationAction.SUBMIT);
        // the applicant's own people never act as the body, another exporter never acts as the applicant
        assertEquals(
                WorkflowRule.OWN_ORGANISATION,
                refusal(submitted, new Actor("mallory", WorkflowRole.VERIFIER, EXPORTER), ApplicationAction.ACCEPT));
        assertEquals(
                WorkflowRule.APPLICANT_ORGANISATION,
                refusal(submitted, new Actor("eve", WorkflowRole.APPLICANT, 99), ApplicationAction.WITHDRAW));
        assertEquals(
                WorkflowRule.CERTIFICATION_BODY,
                refusal(submitted, new Actor("oscar", WorkflowRole.VERIFIER, OTHER_BODY), ApplicationAction.ACCEPT));
        assertEquals(
                WorkflowRule.CONFLICT_OF_INTEREST,
                refusal(
                        submitted,
                        new Actor("carl", WorkflowRole.VERIFIER, BODY, Set.of(EXPORTER)),
                        ApplicationAction.ACCEPT));
        CertificationCase verified = new CertificationCase(
                ApplicationState.VERIFIED, EXPORTER, BODY, Set.of("victor"), null, Set.of(), false);
        assertEquals(
                WorkflowRule.REVIEWER_NOT_ON_TEAM,
                refusal(verified, new Actor("victor", WorkflowRole.REVIEWER, BODY), ApplicationAction.START_REVIEW));
        CertificationCase review =
                verified.apply(new Actor("rita", WorkflowRole.REVIEWER, BODY), ApplicationAction.START_REVIEW);
        CertificationCase reviewed =
                review.apply(new Actor("rita", WorkflowRole.REVIEWER, BODY), ApplicationAction.PASS_REVIEW);
        assertEquals(
                WorkflowRule.DECIDER_NOT_ON_TEAM,
                refusal(reviewed, new Actor("victor", WorkflowRole.DECISION_MAKER, BODY), ApplicationAction.APPROVE));
        assertEquals(
                WorkflowRule.DECIDER_NOT_REVIEWER,
                refusal(reviewed, new Actor("rita", WorkflowRole.DECISION_MAKER, BODY), ApplicationAction.APPROVE));
        // a reviewer sent back to verification cannot now verify the case it reviews
        CertificationCase sentBack =
                review.apply(new Actor("rita", WorkflowRole.REVIEWER, BODY), ApplicationAction.SEND_BACK);
        assertEquals(
                WorkflowRule.REVIEWER_NOT_ON_TEAM,
                refusal(sentBack, new Actor("rita", WorkflowRole.VERIFIER, BODY), ApplicationAction.ISSUE_STATEMENT));
    }

    @Test
    void anAppealGoesToAnotherDecisionMaker() {
        Actor dora = new Actor("dora", WorkflowRole.DECISION_MAKER, BODY);
        CertificationCase review = new CertificationCase(
                ApplicationState.REVIEWED, EXPORTER, BODY, Set.of("victor"), "rita", Set.of(), false);
        CertificationCase appealed = review.apply(dora, ApplicationAction.REJECT)
                .apply(new Actor("alice", WorkflowRole.APPLICANT, EXPORTER), ApplicationAction.APPEAL);
        assertEquals(ApplicationState.REVIEWED, appealed.state());
        assertEquals(WorkflowRule.APPEAL_NEW_DECIDER, refusal(appealed, dora, ApplicationAction.APPROVE));
        assertEquals(
                ApplicationState.APPROVED,
                appealed.apply(new Actor("dan", WorkflowRole.DECISION_MAKER, BODY), ApplicationAction.APPROVE)
                        .state());
    }

    @Test
    void aRefusalSaysWhichRule() {
        WorkflowRefusal r = assertThrows(
                WorkflowRefusal.class,
                () -> CertificationCase.draft(EXPORTER, BODY)
                        .apply(new Actor("sam", WorkflowRole.SUPERVISOR, 1), ApplicationAction.SUBMIT));
        assertEquals(
                "sam taking SUBMIT on an application DRAFT is refused: a supervisor reads everything and"
                        + " changes nothing",
                r.getMessage());
    }
}
