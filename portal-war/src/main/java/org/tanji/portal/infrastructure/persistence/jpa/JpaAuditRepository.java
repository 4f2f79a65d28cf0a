package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tanji.portal.domain.model.audit.AuditCheckpoint;
import org.tanji.portal.domain.model.audit.AuditEntry;
import org.tanji.portal.domain.model.audit.AuditHead;
import org.tanji.portal.domain.model.audit.AuditRepository;
import org.tanji.portal.domain.model.audit.AuditSeal;

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
    public List<AuditEntry> about(String subject) {
        return em.createQuery("select e from AuditEntry e where e.subject = :subject order by e.id", AuditEntry.class)
                .setParameter("subject", subject)
                .getResultList();
    }

    @Override
    public List<AuditEntry> all() {
        return em.createQuery("select e from AuditEntry e", AuditEntry.class).getResultList();
    }

    @Override
    public List<AuditEntry> unsealed(Instant since, int limit) {
        return em.createQuery(
                        "select e from AuditEntry e where e.format = :sealed and e.occurredAt >= :since"
                                + " and not exists (select s from AuditSeal s where s.entryId = e.id) order by e.id",
                        AuditEntry.class)
                .setParameter("sealed", AuditEntry.SEALED_AFTER_COMMIT)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void seal(AuditSeal seal) {
        em.persist(seal);
    }

    @Override
    public List<AuditSeal> seals() {
        return em.createQuery("select s from AuditSeal s", AuditSeal.class).getResultList();
    }

    @Override
    public List<AuditSeal> seals(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from AuditSeal s where s.entryId in :ids", AuditSeal.class)
                .setParameter("ids", entryIds)
                .getResultList();
    }

    @Override
    public Optional<Long> entryHashed(String hash) {
        Optional<Long> sealed = em.createQuery("select s.entryId from AuditSeal s where s.entryHash = :h", Long.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
        return sealed.isPresent()
                ? sealed
                : em.createQuery("select e.id from AuditEntry e where e.entryHash = :h", Long.class)
                        .setParameter("h", hash)
                        .getResultStream()
                        .findFirst();
    }

    @Override
    public List<AuditCheckpoint> checkpoints() {
        return em.createQuery("select c from AuditCheckpoint c order by c.sequence", AuditCheckpoint.class)
                .getResultList();
    }

    @Override
    public Optional<AuditCheckpoint> latestCheckpoint() {
        return checkpoints(0, 1).stream().findFirst();
    }

    @Override
    public List<AuditCheckpoint> checkpoints(int offset, int limit) {
        return em.createQuery("select c from AuditCheckpoint c order by c.sequence desc", AuditCheckpoint.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void addCheckpoint(AuditCheckpoint checkpoint) {
        em.persist(checkpoint);
    }
}
