package org.tanji.portal.application;

/** The caller's account was disabled by an administrator: its sessions and tokens no longer count (401). */
public class AccountDisabledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccountDisabledException(String login) {
        super("the account " + login + " is disabled; ask your administrator");
    }
}
