package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tanji.portal.domain.model.audit.AuditEntry;
import org.tanji.portal.domain.model.audit.AuditHead;
import org.tanji.portal.domain.model.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public AuditHead lockHead() {
        return em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> newest(int offset, int limit) {
        return em.createQuery("select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEntry> all() {
        return em.createQuery("select e from AuditEntry e", AuditEntry.class).getResultList();
    }
}
