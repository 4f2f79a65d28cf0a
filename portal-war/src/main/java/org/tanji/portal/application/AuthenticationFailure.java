package org.tanji.portal.application;

/**
 * Why the credentials a request carried were refused, handed from the authentication mechanism (infrastructure) to
 * the REST layer, which answers it as a problem: the request attribute both sides agree on.
 */
public final class AuthenticationFailure {
    /** Request attribute holding the reason (a String). */
    public static final String ATTRIBUTE = "org.tanji.portal.authentication-failure";

    /** Request attribute: how long the caller must wait before trying a password again (a Duration). */
    public static final String RETRY_AFTER = "org.tanji.portal.authentication-retry-after";

    private AuthenticationFailure() {}
}
