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

/**
 * A surveillance of a certificate during its validity (the Chinese pilot rules ask for one in two years): what was
 * found, by whom. A finding that the claim no longer holds is followed by a suspension or revocation.
 */
@Entity
public class Surveillance {
    /** What the surveillance found. */
    public enum Outcome {
        /** The certified claim still holds. */
        CONFIRMED,
        /** It no longer holds: the decision-maker suspends or revokes. */
        NONCONFORMITY
    }

    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "certificate_id")
    private long certificateId;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Surveillance() {}

    public Surveillance(Certificate certificate, Outcome outcome, String note, String recordedBy) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a surveillance record says what was checked");
        }
        this.certificateId = certificate.id();
        this.outcome = outcome;
        this.note = note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
