package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tanji.portal.domain.model.party.PortalUserRepository;
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

    @Inject
    PortalUserRepository users;

    @Inject
    MailOutbox mail;

    /**
     * Notifies whoever the application in its new state awaits, in the step's transaction; those with an e-mail
     * address also hear of it by mail once the step commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void caseMoved(CertificationApplication a) {
        String what =
                "Application " + a.id() + " (" + a.productVersion().product().name() + ", version "
                        + a.productVersion().number() + ") is " + a.state();
        ApplicationLifeCycle.awaiting(a.state())
                .ifPresentOrElse(
                        role -> tell(
                                a.id(),
                                role == WorkflowRole.APPLICANT ? a.applicantOrganisationId() : a.certificationBodyId(),
                                role.portalRole(),
                                what + ": awaits " + words(role)),
                        () -> {
                            tell(a.id(), a.applicantOrganisationId(), Role.EXPORTER, what);
                            if (a.state() == ApplicationState.WITHDRAWN) {
                                tell(a.id(), a.certificationBodyId(), Role.VERIFIER, what);
                            }
                        });
    }

    private void tell(long application, long organisation, Role role, String message) {
        inbox.add(new Notification(application, organisation, role, message));
        List<String> addresses = users.holding(organisation, role).stream()
                .flatMap(u -> u.email().stream())
                .toList();
        mail.sendAfterCommit(
                addresses,
                "[Tanji] " + message,
                message + ".\n\nOpen the portal and your inbox (GET /api/inbox) to act on it."
                        + "\n\nYou receive this because your account at the Tanji portal has this address;"
                        + " remove it with PUT /api/auth/email {\"email\": null}.");
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
