package org.tanji.portal.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An access token issued to an API client: only its SHA-256 is kept, with the client and the token's end. */
@Entity
@Table(name = "pact_token")
public class ClientToken {
    @Id
    @Column(name = "token_sha256")
    private String sha256;

    @Column(name = "client_id")
    private long clientId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ClientToken() {}

    public ClientToken(String sha256, long clientId, Instant expiresAt) {
        this.sha256 = sha256;
        this.clientId = clientId;
        this.expiresAt = expiresAt;
    }

    public long clientId() {
        return clientId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
