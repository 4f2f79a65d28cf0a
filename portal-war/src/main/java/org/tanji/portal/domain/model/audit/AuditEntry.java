package org.tanji.portal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.tanji.portal.domain.model.Sha256;

/**
 * One line of the audit log. Its hash covers the previous entry's hash and its own content, so removing or
 * changing an entry breaks the chain. Immutable: there are no setters and nothing updates the table.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
  @Id
  @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
  private Long id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String actor;

  private String action;

  private String subject;

  private String detail;

  @Column(name = "previous_hash")
  private String previousHash;

  @Column(name = "entry_hash")
  private String entryHash;

  protected AuditEntry() {}

  public AuditEntry(String actor, String action, String subject, String detail, String previousHash) {
    // microseconds: what TIMESTAMP keeps in H2 and PostgreSQL, so the hash can be checked after a reload
    this.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.detail = detail;
    this.previousHash = previousHash;
    this.entryHash = contentHash();
  }

  /** The hash of this entry's content as it is now; equal to {@link #entryHash()} unless someone changed it. */
  public String contentHash() {
    return Sha256.of(previousHash + "|" + occurredAt + "|" + actor + "|" + action + "|" + subject + "|" + detail);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String detail() {
    return detail;
  }

  public String previousHash() {
    return previousHash;
  }


  public String entryHash() {
    return entryHash;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }
}
