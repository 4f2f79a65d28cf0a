package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.party.OrganisationRepository;
import org.tanji.portal.domain.model.party.PasswordPolicy;
import org.tanji.portal.domain.model.party.PortalUser;
import org.tanji.portal.domain.model.party.PortalUserRepository;
import org.tanji.portal.domain.model.party.Role;
import org.tanji.portal.domain.model.party.UnifiedSocialCreditCode;

/** Administration of organisations and their users. */
@ApplicationScoped
public class OrganisationService {
    @Inject
    OrganisationRepository organisations;

    @Inject
    PortalUserRepository users;

    @Inject
    AuditLog audit;

    @Inject
    PasswordHasher passwords;

    @Inject
    TokenStore tokens;

    @Inject
    Callers callers;

    @Transactional
    public List<Organisation> list() {
        return organisations.all();
    }

    /** The organisation with this id; "not found" when there is none. */
    @Transactional
    public Organisation get(long id) {
        return organisations.find(id).orElseThrow(() -> new NotVisibleException("no organisation " + id));
    }

    /** The certification bodies an exporter may apply to, by name. */
    @Transactional
    public List<Organisation> certificationBodies() {
        return organisations.all().stream()
                .filter(o -> o.kind() == Organisation.Kind.CERTIFICATION_BODY)
                .sorted(java.util.Comparator.comparing(Organisation::legalName))
                .toList();
    }

    @Transactional
    public Organisation create(
            Caller actor, String legalName, String creditCode, String address, Organisation.Kind kind) {
        String problem = UnifiedSocialCreditCode.problem(creditCode);
        if (problem != null) {
            throw new InvalidInputException("creditCode", problem);
        }
        if (organisations.existsWithCreditCode(creditCode)) {
            throw new InvalidInputException("creditCode", "an organisation with credit code " + creditCode + " exists");
        }
        Organisation o = new Organisation(legalName, creditCode, address, kind);
        organisations.add(o);
        audit.record(AuditLog.by(actor)
                .did(AuditAction.ORGANISATION_CREATED)
                .on("organisation", o.id())
                .detail(legalName + " " + creditCode)
                .build());
        return o;
    }

    @Transactional
    public PortalUser addUser(
            Caller actor, long organisationId, String login, String displayName, Role role, String password) {
        Organisation o = organisations
                .find(organisationId)
                .orElseThrow(() -> new NotVisibleException("no organisation " + organisationId));
        if (!o.kind().allows(role)) {
            throw new InvalidInputException(
                    "role",
                    "a " + o.kind() + " organisation's users cannot be " + role
                            + ": an ADMIN belongs to the portal's operator, a SUPERVISOR to the regulator, a VERIFIER,"
                            + " REVIEWER or DECISION_MAKER to a certification body, an EXPORTER to an exporter");
        }
        if (users.byLogin(login).isPresent()) {
            throw new InvalidInputException("login", "the login '" + login + "' is taken");
        }
        requireGood("password", password);
        PortalUser u = new PortalUser(o, login, displayName, passwords.hash(password), role);
        users.add(u);
        audit.record(AuditLog.by(actor)
                .did(AuditAction.USER_ADDED)
                .on("user", login)
                .detail(role + " of organisation " + organisationId)
                .build());
        return u;
    }

    /**
     * Disables or enables a user of an organisation. Disabling ends the user's tokens and refuses its sessions from
     * the next request on; an administrator cannot disable itself.
     */
    @Transactional
    public PortalUser setEnabled(Caller actor, long organisationId, String login, boolean enabled) {
        PortalUser u = user(organisationId, login);
        if (!enabled && login.equals(actor.login())) {
            throw new InvalidInputException("enabled", "you cannot disable your own account");
        }
        u.setEnabled(enabled);
        users.flush();
        int ended = enabled ? 0 : tokens.revokeAll(login);
        callers.forget(login);
        audit.record(AuditLog.by(actor)
                .did(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED)
                .on("user", login)
                .from(enabled ? "disabled" : "enabled")
                .to(enabled ? "enabled" : "disabled")
                .detail(enabled ? null : ended + " token(s) revoked")
                .build());
        return u;
    }

    /** Sets a user's password (an administrator's reset); the user's tokens end. */
    @Transactional
    public void resetPassword(Caller actor, long organisationId, String login, String newPassword) {
        PortalUser u = user(organisationId, login);
        requireGood("newPassword", newPassword);
        u.resetPassword(passwords.hash(newPassword));
        users.flush();
        int ended = tokens.revokeAll(login);
        callers.forget(login);
        audit.record(AuditLog.by(actor)
                .did(AuditAction.PASSWORD_RESET)
                .on("user", login)
                .detail(ended + " token(s) revoked")
                .build());
    }

    /** The caller changes its own password, proving it knows the current one; its tokens end. */
    @Transactional
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        String login = caller.login();
        PortalUser u = users.byLogin(login).orElseThrow();
        if (!passwords.matches(currentPassword, u.passwordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidInputException("newPassword", "must differ from the current password");
        }
        requireGood("newPassword", newPassword);
        u.changePassword(passwords.hash(newPassword));
        users.flush();
        int ended = tokens.revokeAll(login);
        callers.forget(login); // a password change a reset required lets the user in again at once
        audit.record(AuditLog.by(caller)
                .did(AuditAction.PASSWORD_CHANGED)
                .on("user", login)
                .detail(ended + " token(s) revoked")
                .build());
    }

    /** The caller sets (or, with null, removes) the address the portal e-mails it at. */
    @Transactional
    public void changeOwnEmail(Caller caller, String email) {
        PortalUser u = users.byLogin(caller.login()).orElseThrow();
        u.changeEmail(email);
        users.flush();
        audit.record(AuditLog.by(caller)
                .did(AuditAction.EMAIL_CHANGED)
                .on("user", caller.login())
                .detail(email == null ? "removed" : "set")
                .build());
    }

    private PortalUser user(long organisationId, String login) {
        return users.find(organisationId, login)
                .orElseThrow(() -> new NotVisibleException("organisation " + organisationId + " has no user " + login));
    }

    @Transactional
    public List<PortalUser> users(long organisationId) {
        return users.of(organisationId);
    }

    @Transactional
    public long userCount() {
        return users.count();
    }

    static void requireGood(String field, String password) {
        PasswordPolicy.STANDARD.problem(password).ifPresent(problem -> {
            throw new InvalidInputException(field, problem);
        });
    }
}
