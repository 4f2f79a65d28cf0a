package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.workflow.ApplicationRepository;
import org.tanji.portal.domain.model.workflow.ApplicationState;
import org.tanji.portal.domain.model.workflow.CaseMessage;
import org.tanji.portal.domain.model.workflow.CertificationApplication;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public void add(CertificationApplication application) {
        em.persist(application);
        em.flush();
    }

    @Override
    public Optional<CertificationApplication> find(long id) {
        return Optional.ofNullable(em.find(CertificationApplication.class, id));
    }

    @Override
    public List<CertificationApplication> list(Visibility.Scope scope, ApplicationState state, int offset, int limit) {
        return bind(
                        em.createQuery(
                                "select a from CertificationApplication a " + where(scope, state)
                                        + " order by a.updatedAt desc, a.id desc",
                                CertificationApplication.class),
                        scope,
                        state)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(Visibility.Scope scope, ApplicationState state) {
        return bind(
                        em.createQuery(
                                "select count(a) from CertificationApplication a " + where(scope, state), Long.class),
                        scope,
                        state)
                .getSingleResult();
    }

    /** The access rule's scope for cases: the applicant or the body applied to. */
    private static String where(Visibility.Scope scope, ApplicationState state) {
        return (scope.everything()
                        ? "where 1 = 1"
                        : "where (a.applicantOrganisationId = :org or a.certificationBodyId = :org)")
                + (state == null ? "" : " and a.state = :state");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Visibility.Scope scope, ApplicationState state) {
        if (!scope.everything()) {
            q.setParameter("org", scope.organisation());
        }
        if (state != null) {
            q.setParameter("state", state);
        }
        return q;
    }

    @Override
    public void addSnapshot(CertificationApplication a, String snapshot) {
        em.createNativeQuery("insert into application_snapshot (application_id, round, product_version_id,"
                        + " calculation_id, snapshot, snapshot_sha256, frozen_at) values (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, a.id())
                .setParameter(2, a.round())
                .setParameter(3, a.productVersion().id())
                .setParameter(4, a.calculation().id())
                .setParameter(5, snapshot)
                .setParameter(6, a.snapshotSha256())
                .setParameter(7, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    @Override
    public Optional<String> snapshot(long applicationId, int round) {
        List<?> rows = em.createNativeQuery(
                        "select snapshot from application_snapshot where application_id = ? and round = ?")
                .setParameter(1, applicationId)
                .setParameter(2, round)
                .getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    @Override
    public void addMessage(CaseMessage message) {
        em.persist(message);
        em.flush();
    }

    @Override
    public List<CaseMessage> messages(long applicationId) {
        return em.createQuery(
                        "select m from CaseMessage m where m.applicationId = :a order by m.createdAt, m.id",
                        CaseMessage.class)
                .setParameter("a", applicationId)
                .getResultList();
    }

    @Override
    public Set<Long> conflictsOfInterest(String login) {
        Set<Long> organisations = new HashSet<>();
        for (Object o : em.createNativeQuery("select organisation_id from conflict_of_interest where user_login = ?")
                .setParameter(1, login)
                .getResultList()) {
            organisations.add(((Number) o).longValue());
        }
        return organisations;
    }

    @Override
    public void declareConflict(String login, long organisationId) {
        if (!conflictsOfInterest(login).contains(organisationId)) {
            em.createNativeQuery("insert into conflict_of_interest (user_login, organisation_id, declared_at)"
                            + " values (?, ?, ?)")
                    .setParameter(1, login)
                    .setParameter(2, organisationId)
                    .setParameter(3, Timestamp.from(Instant.now()))
                    .executeUpdate();
        }
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Map<Long, CertificationApplication> latestOfProducts(Collection<Long> productIds) {
        return LatestPerProduct.of(
                em,
                CertificationApplication.class,
                "productVersion",
                productIds,
                a -> a.productVersion().product().id());
    }
}
