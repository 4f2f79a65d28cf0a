package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tanji.portal.domain.model.party.PasswordReset;
import org.tanji.portal.domain.model.party.PortalUser;
import org.tanji.portal.domain.model.party.PortalUserRepository;
import org.tanji.portal.domain.model.party.Role;

@ApplicationScoped
public class JpaPortalUserRepository implements PortalUserRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public Optional<PortalUser> byLogin(String login) {
        return em.createQuery("select u from PortalUser u where u.login = :l", PortalUser.class)
                .setParameter("l", login)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PortalUser> byEmail(String email) {
        List<PortalUser> found = em.createQuery(
                        "select u from PortalUser u where lower(u.email) = :e", PortalUser.class)
                .setParameter("e", email.strip().toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(2)
                .getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public void addReset(PasswordReset reset) {
        em.persist(reset);
    }

    @Override
    public long resetsSince(String login, java.time.Instant since) {
        return em.createQuery(
                        "select count(r) from PasswordReset r where r.login = :l and r.requestedAt >= :s", Long.class)
                .setParameter("l", login)
                .setParameter("s", since)
                .getSingleResult();
    }

    @Override
    public Optional<PasswordReset> resetByCode(String codeSha256) {
        return Optional.ofNullable(em.find(PasswordReset.class, codeSha256, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<PortalUser> find(long organisationId, String login) {
        return em.createQuery(
                        "select u from PortalUser u where u.login = :l and u.organisation.id = :o", PortalUser.class)
                .setParameter("l", login)
                .setParameter("o", organisationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PortalUser> holding(long organisationId, Role role) {
        return em.createQuery(
                        "select u from PortalUser u where u.organisation.id = :o and u.role = :r and u.enabled = true"
                                + " order by u.id",
                        PortalUser.class)
                .setParameter("o", organisationId)
                .setParameter("r", role)
                .getResultList();
    }

    @Override
    public List<PortalUser> of(long organisationId) {
        return em.createQuery("select u from PortalUser u where u.organisation.id = :o order by u.id", PortalUser.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from PortalUser u", Long.class).getSingleResult();
    }

    @Override
    public void add(PortalUser user) {
        em.persist(user);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
