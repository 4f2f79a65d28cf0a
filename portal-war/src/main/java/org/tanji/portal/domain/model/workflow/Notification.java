package org.tanji.portal.domain.model.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.tanji.portal.domain.model.party.Role;

/**
 * An inbox entry: a case awaits the holders of a role in an organisation (every verifier of the body, say, until
 * one of them acts). Read marks are kept per user.
 */
@Entity
public class Notification {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String message;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Notification() {}

    public Notification(long applicationId, long organisationId, Role role, String message) {
        this.applicationId = applicationId;
        this.organisationId = organisationId;
        this.role = role;
        this.message = message.length() > 1000 ? message.substring(0, 999) + "…" : message;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public long organisationId() {
        return organisationId;
    }

    public Role role() {
        return role;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
