package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.audit.AuditAction;

/** Bearer tokens for API clients, issued and ended with an audit entry each (the token's hash, never itself). */
@ApplicationScoped
public class ApiTokenService {
    @Inject
    TokenStore tokens;

    @Inject
    AuditLog audit;

    @Transactional
    public TokenStore.IssuedToken issue(Caller caller) {
        TokenStore.IssuedToken t = tokens.issue(caller.login());
        audit.record(AuditLog.by(caller)
                .did(AuditAction.TOKEN_ISSUED)
                .on("user", caller.login())
                .detail("valid until " + t.expiresAt())
                .documents(java.util.List.of(Sha256.of(t.token())))
                .build());
        return t;
    }

    /** Ends {@code token}, which {@code caller} sent. */
    @Transactional
    public void revoke(Caller caller, String token) {
        tokens.revoke(token);
        audit.record(AuditLog.by(caller)
                .did(AuditAction.TOKEN_REVOKED)
                .on("user", caller.login())
                .documents(java.util.List.of(Sha256.of(token)))
                .build());
    }
}
