package org.tanji.portal.application;

/** The port to password hashing: what the application asks of it, implemented in infrastructure.security. */
public interface PasswordHasher {
    /** A salted, slow hash of {@code password} to store. */
    String hash(String password);

    /** Whether {@code password} is the one {@code storedHash} was made from. */
    boolean matches(String password, String storedHash);
}
