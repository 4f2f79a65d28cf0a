package org.tanji.portal.domain.model.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A clarification request, an answer or a comment on a case, tied to what it is about: the case as a whole, a line
 * of the bill of materials, a factor choice, or an evidence document. Never edited: a correction is a new message.
 */
@Entity
@Table(name = "case_message")
public class CaseMessage {
    /** What a message is about; {@code topicRef} names which one (a line id, a factor id, a document id). */
    public enum Topic {
        CASE,
        BOM_LINE,
        FACTOR,
        EVIDENCE
    }

    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    private int round;

    private String author;

    @Column(name = "author_role")
    @Enumerated(EnumType.STRING)
    private WorkflowRole authorRole;

    @Enumerated(EnumType.STRING)
    private Topic topic;

    @Column(name = "topic_ref")
    private String topicRef;

    private String text;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseMessage() {}

    public CaseMessage(CertificationApplication application, Actor author, Topic topic, String topicRef, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message says something");
        }
        if (topic != Topic.CASE && (topicRef == null || topicRef.isBlank())) {
            throw new IllegalArgumentException("a message about a " + topic + " names which one (topicRef)");
        }
        this.applicationId = application.id();
        this.round = application.round();
        this.author = author.login();
        this.authorRole = author.role();
        this.topic = topic;
        this.topicRef = topic == Topic.CASE ? null : topicRef.strip();
        this.text = text.strip();
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public int round() {
        return round;
    }

    public String author() {
        return author;
    }

    public WorkflowRole authorRole() {
        return authorRole;
    }

    public Topic topic() {
        return topic;
    }

    public String topicRef() {
        return topicRef;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
