package org.tanji.portal.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A self-service password reset: a one-time code e-mailed to the user, stored only as its SHA-256 (a copy of the
 * database does not reset anyone's password), valid for {@link #VALID_FOR} and used at most once.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {
    /** How long an e-mailed code works: long enough to open the mail, short enough to be useless when found later. */
    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    @Id
    @Column(name = "code_sha256")
    private String codeSha256;

    private String login;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {}

    public PasswordReset(String codeSha256, String login, Instant requestedAt) {
        this.codeSha256 = codeSha256;
        this.login = login;
        this.requestedAt = requestedAt.truncatedTo(ChronoUnit.MICROS);
        this.expiresAt = this.requestedAt.plus(VALID_FOR);
    }

    public String login() {
        return login;
    }

    /** Whether the code still works at {@code now}: not used, not expired. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("this reset code was used or has expired");
        }
        usedAt = now;
    }
}
