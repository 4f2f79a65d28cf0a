package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.tanji.portal.domain.model.audit.AuditEntry;
import org.tanji.portal.domain.model.audit.AuditHead;

/** Appends to the audit log in the caller's transaction, and says the same in the server log. */
@ApplicationScoped
public class AuditLog {
  private static final Logger LOG = Logger.getLogger("org.tanji.portal.audit");

  @PersistenceContext(unitName = "tanji")
  EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, String action, String subject, String detail) {
    AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    AuditEntry entry = new AuditEntry(actor, action, subject, detail, head.lastHash());
    em.persist(entry);
    head.advance(entry.entryHash());
    LOG.info(() -> actor + " " + action + " " + subject + (detail == null ? "" : " (" + detail + ")"));
  }
}
