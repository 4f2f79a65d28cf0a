package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tanji.portal.domain.model.party.Role;
import org.tanji.portal.domain.model.workflow.ApplicationLifeCycle;
import org.tanji.portal.domain.model.workflow.ApplicationState;
import org.tanji.portal.domain.model.workflow.CertificationApplication;
import org.tanji.portal.domain.model.workflow.Inbox;
import org.tanji.portal.domain.model.workflow.Notification;
import org.tanji.portal.domain.model.workflow.WorkflowRole;

/**
 * Tells whose move it is: after every step, the holders of the role that acts next (in the applicant's organisation
 * or the body's) find the case in their inbox; the applicant hears of the outcome.
 */
@ApplicationScoped
public class Notifications {
    @Inject
    Inbox inbox;

    /** Notifies whoever the application in its new state awaits, in the step's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void caseMoved(CertificationApplication a) {
        String what =
                "Application " + a.id() + " (" + a.productVersion().product().name() + ", version "
                        + a.productVersion().number() + ") is " + a.state();
        ApplicationLifeCycle.awaiting(a.state())
                .ifPresentOrElse(
                        role -> inbox.add(new Notification(
                                a.id(),
                                role == WorkflowRole.APPLICANT ? a.applicantOrganisationId() : a.certificationBodyId(),
                                role.portalRole(),
                                what + ": awaits " + words(role))),
                        () -> {
                            inbox.add(new Notification(a.id(), a.applicantOrganisationId(), Role.EXPORTER, what));
                            if (a.state() == ApplicationState.WITHDRAWN) {
                                inbox.add(new Notification(a.id(), a.certificationBodyId(), Role.VERIFIER, what));
                            }
                        });
    }

    /** What awaits the caller, newest first. */
    @Transactional
    public List<Inbox.Entry> of(Caller caller, boolean unreadOnly, int page, int size) {
        return inbox.of(caller.organisationId(), caller.role(), caller.login(), unreadOnly, page * size, size);
    }

    /** Marks one read for the caller; "not found" when it was not addressed to the caller. */
    @Transactional
    public void markRead(Caller caller, long id) {
        if (!inbox.markRead(id, caller.organisationId(), caller.role(), caller.login())) {
            throw new NotVisibleException("no notification " + id);
        }
    }

    private static String words(WorkflowRole role) {
        return switch (role) {
            case APPLICANT -> "the applicant";
            case VERIFIER -> "a verifier";
            case REVIEWER -> "an independent reviewer";
            case DECISION_MAKER -> "a decision-maker";
            case SCHEME_ADMIN -> "the scheme administrator";
            case SUPERVISOR -> "the supervisor";
        };
    }
}
