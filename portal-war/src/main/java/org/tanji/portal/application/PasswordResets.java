package org.tanji.portal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.party.PasswordReset;
import org.tanji.portal.domain.model.party.PortalUser;
import org.tanji.portal.domain.model.party.PortalUserRepository;

/**
 * A user who forgot its password asks, by login or e-mail address, for a one-time code mailed to the address its
 * account has, and sets a new password with it. The answer to the asking is the same whether or not such an account
 * exists (no list of logins or addresses to be had from it), at most one mail a minute goes to an account, and the
 * link carries the code after {@code #}, so it is never in a server's log or a Referer header. The asking is
 * answered before the account is even looked up — the lookup, the stored code and the mail happen afterwards on the
 * server's executor — so neither can the time of the answer tell whether an account exists.
 */
@ApplicationScoped
public class PasswordResets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration ONE_MAIL_PER = Duration.ofMinutes(1);

    @Inject
    PortalUserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    TokenStore tokens;

    @Inject
    Callers callers;

    @Inject
    MailOutbox mail;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    /** This bean through its proxy: {@link #send}'s transaction applies only to calls through it. */
    @Inject
    PasswordResets self;

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    /**
     * Mails a code to the account {@code loginOrEmail} names, if it is enabled and has an address — later: this
     * returns at once, whatever the answer.
     */
    public void request(String loginOrEmail, String portalUrl) {
        executor.execute(() -> {
            try {
                self.send(loginOrEmail, portalUrl);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "password reset for a request not sent", e);
            }
        });
    }

    /** What {@link #request} does after answering: look up, store the code's hash, mail. */
    @Transactional
    public void send(String loginOrEmail, String portalUrl) {
        String asked = loginOrEmail.strip();
        Optional<PortalUser> account = (asked.contains("@") ? users.byEmail(asked) : users.byLogin(asked))
                .filter(PortalUser::enabled)
                .filter(u -> u.email().isPresent());
        if (account.isEmpty()) {
            return;
        }
        PortalUser u = account.get();
        Instant now = Instant.now();
        if (users.resetsSince(u.login(), now.minus(ONE_MAIL_PER)) > 0) {
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        users.addReset(new PasswordReset(Sha256.of(code), u.login(), now));
        String link = (portalUrl.endsWith("/") ? portalUrl : portalUrl + "/") + "reset-password.html#" + code;
        mail.sendAfterCommit(
                List.of(u.email().get()),
                "碳迹密码重置 Tanji password reset",
                "有人（希望是您）请求重置碳迹账户 " + u.login() + " 的密码。30 分钟内打开以下链接设置新密码：\n"
                        + "Someone — we hope you — asked to reset the password of the Tanji account " + u.login()
                        + ". Open this link within 30 minutes to choose a new one:\n\n" + link + "\n\n"
                        + "如果不是您本人操作，请忽略此邮件，您的密码不会改变。\n"
                        + "If it was not you, ignore this mail: your password stays as it is.\n");
        audit.record(AuditLog.by(Caller.SYSTEM)
                .did(AuditAction.PASSWORD_RESET_REQUESTED)
                .on("user", u.login())
                .build());
    }

    /** Sets the password of the account {@code code} was mailed to; the code works once, for 30 minutes. */
    @Transactional
    public void confirm(String code, String newPassword) {
        Instant now = Instant.now();
        PasswordReset reset = users.resetByCode(Sha256.of(code.strip()))
                .filter(r -> r.usableAt(now))
                .orElseThrow(PasswordResets::unusable);
        OrganisationService.requireGood("newPassword", newPassword);
        PortalUser u = users.byLogin(reset.login()).filter(PortalUser::enabled).orElseThrow(PasswordResets::unusable);
        reset.use(now);
        u.changePassword(passwords.hash(newPassword));
        users.flush();
        int ended = tokens.revokeAll(u.login());
        callers.forget(u.login());
        audit.record(AuditLog.by(Caller.SYSTEM)
                .did(AuditAction.PASSWORD_RESET_BY_EMAIL)
                .on("user", u.login())
                .detail(ended + " token(s) revoked")
                .build());
    }

    private static InvalidInputException unusable() {
        return new InvalidInputException(
                "code", "this reset code is unknown, used or past its 30 minutes; ask for a new one");
    }
}
