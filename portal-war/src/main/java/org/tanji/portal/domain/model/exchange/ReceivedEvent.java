package org.tanji.portal.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A CloudEvent an API client sent the exporter, kept as received (once per client and event id). */
@Entity
@Table(name = "pact_received_event")
public class ReceivedEvent {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "client_id")
    private long clientId;

    @Column(name = "event_id")
    private String eventId;

    private String type;

    private String source;

    private String body;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected ReceivedEvent() {}

    public ReceivedEvent(long clientId, String eventId, String type, String source, String body) {
        this.clientId = clientId;
        this.eventId = eventId;
        this.type = type;
        this.source = source;
        this.body = body;
        this.receivedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    public String body() {
        return body;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
