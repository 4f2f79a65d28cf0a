package org.tanji.portal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
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
    this.occurredAt = Instant.now();
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.detail = detail;
    this.previousHash = previousHash;
    this.entryHash = Sha256.of(previousHash + "|" + occurredAt + "|" + actor + "|" + action + "|" + subject + "|"
        + detail);
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
