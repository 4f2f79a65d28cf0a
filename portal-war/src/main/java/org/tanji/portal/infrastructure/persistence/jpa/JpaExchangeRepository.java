package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tanji.portal.domain.model.exchange.ApiClient;
import org.tanji.portal.domain.model.exchange.ClientToken;
import org.tanji.portal.domain.model.exchange.ExchangeProfile;
import org.tanji.portal.domain.model.exchange.ExchangeRepository;
import org.tanji.portal.domain.model.exchange.OutgoingEvent;
import org.tanji.portal.domain.model.exchange.PublishedFootprint;
import org.tanji.portal.domain.model.exchange.ReceivedEvent;

@ApplicationScoped
public class JpaExchangeRepository implements ExchangeRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public Optional<ExchangeProfile> profile(long productId) {
        return Optional.ofNullable(em.find(ExchangeProfile.class, productId));
    }

    @Override
    public void add(ExchangeProfile profile) {
        em.persist(profile);
    }

    @Override
    public Optional<PublishedFootprint> footprint(String id) {
        return Optional.ofNullable(em.find(PublishedFootprint.class, id));
    }

    @Override
    public Optional<PublishedFootprint> footprintOfCertificate(String certificateNumber) {
        return em.createQuery(
                        "select f from PublishedFootprint f where f.certificateNumber = :n", PublishedFootprint.class)
                .setParameter("n", certificateNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PublishedFootprint> footprintsOf(long productId) {
        return em.createQuery(
                        "select f from PublishedFootprint f where f.productId = :p order by f.createdAt, f.id",
                        PublishedFootprint.class)
                .setParameter("p", productId)
                .getResultList();
    }

    @Override
    public List<PublishedFootprint> footprintsOf(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select f from PublishedFootprint f where f.productId in :p order by f.createdAt desc, f.id",
                        PublishedFootprint.class)
                .setParameter("p", productIds)
                .getResultList();
    }

    @Override
    public void add(PublishedFootprint footprint) {
        em.persist(footprint);
    }

    @Override
    public Optional<ApiClient> client(long id) {
        return Optional.ofNullable(em.find(ApiClient.class, id));
    }

    @Override
    public Optional<ApiClient> clientByClientId(String clientId) {
        return em.createQuery("select c from ApiClient c where c.clientId = :c", ApiClient.class)
                .setParameter("c", clientId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiClient> clientsOf(long organisationId) {
        return em.createQuery(
                        "select c from ApiClient c where c.organisationId = :o order by c.createdAt", ApiClient.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public void add(ApiClient client) {
        em.persist(client);
    }

    @Override
    public void add(ClientToken token) {
        em.persist(token);
    }

    @Override
    public Optional<ClientToken> token(String sha256) {
        return Optional.ofNullable(em.find(ClientToken.class, sha256));
    }

    @Override
    public int removeTokensBefore(Instant now) {
        return em.createQuery("delete from ClientToken t where t.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public void add(OutgoingEvent event) {
        em.persist(event);
    }

    @Override
    public Optional<OutgoingEvent> outgoing(long id) {
        return Optional.ofNullable(em.find(OutgoingEvent.class, id));
    }

    @Override
    public List<OutgoingEvent> dueEvents(Instant now, int limit) {
        return em.createQuery(
                        "select e from OutgoingEvent e where e.nextAttemptAt <= :now order by e.nextAttemptAt, e.id",
                        OutgoingEvent.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<OutgoingEvent> eventsFor(long clientId) {
        return em.createQuery(
                        "select e from OutgoingEvent e where e.clientId = :c order by e.createdAt desc, e.id desc",
                        OutgoingEvent.class)
                .setParameter("c", clientId)
                .getResultList();
    }

    @Override
    public Optional<ReceivedEvent> received(long clientId, String eventId) {
        return em.createQuery(
                        "select e from ReceivedEvent e where e.clientId = :c and e.eventId = :e", ReceivedEvent.class)
                .setParameter("c", clientId)
                .setParameter("e", eventId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ReceivedEvent event) {
        em.persist(event);
    }

    @Override
    public List<ReceivedEvent> receivedBy(long organisationId) {
        return em.createQuery(
                        "select e from ReceivedEvent e, ApiClient c where c.id = e.clientId and c.organisationId = :o"
                                + " order by e.receivedAt desc, e.id desc",
                        ReceivedEvent.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
