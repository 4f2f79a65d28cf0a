package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tanji.portal.domain.model.party.Role;
import org.tanji.portal.domain.model.workflow.Inbox;
import org.tanji.portal.domain.model.workflow.Notification;

@ApplicationScoped
public class JpaInbox implements Inbox {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public List<Entry> of(long organisationId, Role role, String login, boolean unreadOnly, int offset, int limit) {
        Set<Long> read = readBy(login, organisationId, role);
        boolean filter = unreadOnly && !read.isEmpty();
        var q = em.createQuery(
                        "select n from Notification n where n.organisationId = :org and n.role = :role"
                                + (filter ? " and n.id not in :read" : "")
                                + " order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("org", organisationId)
                .setParameter("role", role);
        if (filter) {
            q.setParameter("read", read);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(n -> new Entry(n, read.contains(n.id())))
                .toList();
    }

    private Set<Long> readBy(String login, long organisationId, Role role) {
        Set<Long> ids = new HashSet<>();
        for (Object o : em.createNativeQuery(
                        "select r.notification_id from notification_read r join notification n"
                                + " on n.id = r.notification_id where r.user_login = ? and n.organisation_id = ? and n.role = ?")
                .setParameter(1, login)
                .setParameter(2, organisationId)
                .setParameter(3, role.name())
                .getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    @Override
    public boolean markRead(long notificationId, long organisationId, Role role, String login) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || n.organisationId() != organisationId || n.role() != role) {
            return false;
        }
        if (!readBy(login, organisationId, role).contains(notificationId)) {
            em.createNativeQuery("insert into notification_read (notification_id, user_login) values (?, ?)")
                    .setParameter(1, notificationId)
                    .setParameter(2, login)
                    .executeUpdate();
        }
        return true;
    }
}
