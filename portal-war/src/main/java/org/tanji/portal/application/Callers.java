package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.tanji.portal.domain.model.party.PortalUser;
import org.tanji.portal.domain.model.party.PortalUserRepository;

/**
 * Turns an authenticated login into a {@link Caller}. Every request asks, so callers are cached for a minute;
 * {@link OrganisationService} forgets a user as soon as it changes one (role, password, disabled).
 */
@ApplicationScoped
public class Callers {
    private final BoundedCache<String, Account> accounts = new BoundedCache<>(10_000, a -> 1, Duration.ofMinutes(1));

    @Inject
    PortalUserRepository users;

    private record Account(Caller caller, boolean enabled, boolean mustChangePassword) {}

    /** The caller {@code login} is; a disabled account is refused. */
    public Caller of(String login) {
        Account a = accounts.get(login, this::load);
        if (!a.enabled()) {
            throw new AccountDisabledException(login);
        }
        return a.caller();
    }

    /** Whether an administrator reset {@code login}'s password and it has not chosen its own since. */
    public boolean mustChangePassword(String login) {
        return accounts.get(login, this::load).mustChangePassword();
    }

    /** Reads {@code login} again on its next request. */
    public void forget(String login) {
        accounts.invalidate(login);
    }

    private Account load(String login) {
        PortalUser u = users.byLogin(login).orElseThrow(() -> new AccountDisabledException(login));
        return new Account(new Caller(u.login(), u.role(), u.organisation().id()), u.enabled(), u.mustChangePassword());
    }
}
