package org.tanji.portal.domain.model.workflow;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The moves of a certification application, and who makes each:
 *
 * <pre>
 * DRAFT --submit (applicant)--> SUBMITTED --accept (verifier)--> UNDER_VERIFICATION
 * SUBMITTED --return_incomplete (verifier)--> DRAFT
 * UNDER_VERIFICATION --request_clarification (verifier)--> CLARIFICATION_REQUESTED --respond (applicant)--> UNDER_VERIFICATION
 * UNDER_VERIFICATION --issue_statement (verifier)--> VERIFIED --start_review (reviewer)--> UNDER_REVIEW
 * UNDER_VERIFICATION --fail (verifier)--> REJECTED
 * UNDER_REVIEW --send_back (reviewer)--> UNDER_VERIFICATION
 * UNDER_REVIEW --pass_review (reviewer)--> REVIEWED
 * REVIEWED --approve (decision-maker)--> APPROVED --issue_certificate (decision-maker)--> CERTIFIED
 * REVIEWED --reject (decision-maker)--> REJECTED --appeal (applicant)--> REVIEWED (another decision-maker)
 * any state before the decision --withdraw (applicant)--> WITHDRAWN
 * </pre>
 */
public final class ApplicationLifeCycle {
    /** A move: where it leads and the role that makes it. */
    public record Move(ApplicationState to, WorkflowRole role) {}

    private static final Map<ApplicationState, Map<ApplicationAction, Move>> MOVES =
            new EnumMap<>(ApplicationState.class);

    static {
        move(ApplicationState.DRAFT, ApplicationAction.SUBMIT, ApplicationState.SUBMITTED, WorkflowRole.APPLICANT);
        move(
                ApplicationState.SUBMITTED,
                ApplicationAction.ACCEPT,
                ApplicationState.UNDER_VERIFICATION,
                WorkflowRole.VERIFIER);
        move(
                ApplicationState.SUBMITTED,
                ApplicationAction.RETURN_INCOMPLETE,
                ApplicationState.DRAFT,
                WorkflowRole.VERIFIER);
        move(
                ApplicationState.UNDER_VERIFICATION,
                ApplicationAction.REQUEST_CLARIFICATION,
                ApplicationState.CLARIFICATION_REQUESTED,
                WorkflowRole.VERIFIER);
        move(
                ApplicationState.CLARIFICATION_REQUESTED,
                ApplicationAction.RESPOND,
                ApplicationState.UNDER_VERIFICATION,
                WorkflowRole.APPLICANT);
        move(
                ApplicationState.UNDER_VERIFICATION,
                ApplicationAction.ISSUE_STATEMENT,
                ApplicationState.VERIFIED,
                WorkflowRole.VERIFIER);
        move(
                ApplicationState.UNDER_VERIFICATION,
                ApplicationAction.FAIL,
                ApplicationState.REJECTED,
                WorkflowRole.VERIFIER);
        move(
                ApplicationState.VERIFIED,
                ApplicationAction.START_REVIEW,
                ApplicationState.UNDER_REVIEW,
                WorkflowRole.REVIEWER);
        move(
                ApplicationState.UNDER_REVIEW,
                ApplicationAction.SEND_BACK,
                ApplicationState.UNDER_VERIFICATION,
                WorkflowRole.REVIEWER);
        move(
                ApplicationState.UNDER_REVIEW,
                ApplicationAction.PASS_REVIEW,
                ApplicationState.REVIEWED,
                WorkflowRole.REVIEWER);
        move(
                ApplicationState.REVIEWED,
                ApplicationAction.APPROVE,
                ApplicationState.APPROVED,
                WorkflowRole.DECISION_MAKER);
        move(
                ApplicationState.REVIEWED,
                ApplicationAction.REJECT,
                ApplicationState.REJECTED,
                WorkflowRole.DECISION_MAKER);
        move(
                ApplicationState.APPROVED,
                ApplicationAction.ISSUE_CERTIFICATE,
                ApplicationState.CERTIFIED,
                WorkflowRole.DECISION_MAKER);
        move(ApplicationState.REJECTED, ApplicationAction.APPEAL, ApplicationState.REVIEWED, WorkflowRole.APPLICANT);
        for (ApplicationState s : ApplicationState.values()) {
            if (s.beforeDecision()) {
                move(s, ApplicationAction.WITHDRAW, ApplicationState.WITHDRAWN, WorkflowRole.APPLICANT);
            }
        }
    }

    private ApplicationLifeCycle() {}

    private static void move(ApplicationState from, ApplicationAction action, ApplicationState to, WorkflowRole role) {
        MOVES.computeIfAbsent(from, k -> new EnumMap<>(ApplicationAction.class)).put(action, new Move(to, role));
    }

    /** The move {@code action} makes from {@code state}, if there is one. */
    public static Optional<Move> move(ApplicationState state, ApplicationAction action) {
        return Optional.ofNullable(MOVES.getOrDefault(state, Map.of()).get(action));
    }

    /**
     * Whose move it is in {@code state}: the role that takes the next step (the inbox shows the case to it), or
     * empty when nothing more happens. A rejected application awaits the applicant, who may appeal.
     */
    public static Optional<WorkflowRole> awaiting(ApplicationState state) {
        return switch (state) {
            case DRAFT, CLARIFICATION_REQUESTED, REJECTED -> Optional.of(WorkflowRole.APPLICANT);
            case SUBMITTED, UNDER_VERIFICATION -> Optional.of(WorkflowRole.VERIFIER);
            case VERIFIED, UNDER_REVIEW -> Optional.of(WorkflowRole.REVIEWER);
            case REVIEWED, APPROVED -> Optional.of(WorkflowRole.DECISION_MAKER);
            case CERTIFIED, WITHDRAWN -> Optional.empty();
        };
    }

    /** The actions open in {@code state}, with the role that takes each. */
    public static Map<ApplicationAction, Move> moves(ApplicationState state) {
        return Map.copyOf(MOVES.getOrDefault(state, Map.of()));
    }
}
