package org.tanji.portal.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.tanji.portal.application.PasswordHasher;

/**
 * Password hashes as the identity store reads them: PBKDF2 with HMAC-SHA256, 210,000 iterations (OWASP 2023), a
 * 32-byte random salt. The store below is the portal's users table.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/TanjiDS",
        callerQuery = "select password_hash from app_user where login = ? and enabled = TRUE",
        groupsQuery = "select role from app_user where login = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Iterations=210000",
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes=32"
        })
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {
    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    }

    /** Whether {@code password} is the one {@code storedHash} was made from. */
    @Override
    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    @Override
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }
}
