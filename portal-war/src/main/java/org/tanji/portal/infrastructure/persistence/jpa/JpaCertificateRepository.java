package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificateRepository;
import org.tanji.portal.domain.model.workflow.CertificateStanding;
import org.tanji.portal.domain.model.workflow.CertificateState;
import org.tanji.portal.domain.model.workflow.IssuedDocument;
import org.tanji.portal.domain.model.workflow.Surveillance;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public long nextSerial() {
        // the update takes the counter row's lock until this transaction ends: issuing is serialised, and a
        // rollback takes the increment back with it
        em.createNativeQuery("update certificate_counter set last_serial = last_serial + 1 where id = 1")
                .executeUpdate();
        return ((Number) em.createNativeQuery("select last_serial from certificate_counter where id = 1")
                        .getSingleResult())
                .longValue();
    }

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
        em.flush();
    }

    @Override
    public Optional<Certificate> find(String number) {
        return em.createQuery("select c from Certificate c where c.number = :n", Certificate.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, CertificateState> statesOf(Collection<String> numbers) {
        Map<String, CertificateState> states = new java.util.HashMap<>();
        if (!numbers.isEmpty()) {
            em.createQuery("select c.number, c.state from Certificate c where c.number in :n", Object[].class)
                    .setParameter("n", numbers)
                    .getResultList()
                    .forEach(row -> states.put((String) row[0], (CertificateState) row[1]));
        }
        return states;
    }

    @Override
    public Optional<Certificate> byVerificationToken(String token) {
        return em.createQuery("select c from Certificate c where c.verificationToken = :t", Certificate.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst();
    }

    // a constructor expression: no entity, so none of the application, model and result it eagerly brings
    private static final String STANDING = "select new " + CertificateStanding.class.getName()
            + "(c.id, c.number, c.state, c.issuingBodyId, c.validUntil, c.reason, c.supersededBy, c.stateChangedAt)"
            + " from Certificate c where ";

    @Override
    public Optional<CertificateStanding> standing(String number) {
        return em.createQuery(STANDING + "c.number = :n", CertificateStanding.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<CertificateStanding> standingByToken(String token) {
        return em.createQuery(STANDING + "c.verificationToken = :t", CertificateStanding.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst();
    }

    private static String valid(String text) {
        return " from Certificate c, Organisation o where o.id = c.holderOrganisationId and c.state = :active"
                + " and c.validUntil > :now"
                + (Contains.given(text)
                        ? " and (lower(o.legalName) like :text" + Contains.ESCAPE
                                + " or lower(c.application.productVersion.product.name) like :text" + Contains.ESCAPE
                                + " or lower(c.number) like :text" + Contains.ESCAPE + ")"
                        : "");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, String text, Instant now) {
        q.setParameter("active", CertificateState.ACTIVE).setParameter("now", now);
        if (Contains.given(text)) {
            q.setParameter("text", Contains.pattern(text));
        }
        return q;
    }

    @Override
    public List<Certificate> valid(String text, Instant now, int offset, int limit) {
        return bind(
                        em.createQuery(
                                "select c" + valid(text) + " order by c.issuedAt desc, c.id desc", Certificate.class),
                        text,
                        now)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countValid(String text, Instant now) {
        return bind(em.createQuery("select count(c)" + valid(text), Long.class), text, now)
                .getSingleResult();
    }

    @Override
    public Optional<Certificate> ofApplication(long applicationId) {
        return em.createQuery("select c from Certificate c where c.application.id = :a", Certificate.class)
                .setParameter("a", applicationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Certificate> list(Visibility.Scope scope, int offset, int limit) {
        TypedQuery<Certificate> q = em.createQuery(
                "select c from Certificate c"
                        + (scope.everything() ? "" : " where c.holderOrganisationId = :org or c.issuingBodyId = :org")
                        + " order by c.issuedAt desc, c.id desc",
                Certificate.class);
        if (!scope.everything()) {
            q.setParameter("org", scope.organisation());
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Certificate> pastValidity(Instant now, int limit) {
        return em.createQuery(
                        "select c from Certificate c where c.state in :running and c.validUntil < :now"
                                + " order by c.validUntil",
                        Certificate.class)
                .setParameter("running", List.of(CertificateState.ACTIVE, CertificateState.SUSPENDED))
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void addDocument(IssuedDocument document) {
        em.persist(document);
        em.flush();
    }

    @Override
    public Optional<IssuedDocument> latestDocument(Certificate certificate, IssuedDocument.Kind kind) {
        return em.createQuery(
                        "select d from IssuedDocument d where d.certificate = :c and d.kind = :k"
                                + " order by d.issuedAt desc, d.id desc",
                        IssuedDocument.class)
                .setParameter("c", certificate)
                .setParameter("k", kind)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<IssuedDocument> documentBySha256(String sha256) {
        return em.createQuery("select d from IssuedDocument d where d.sha256 = :s", IssuedDocument.class)
                .setParameter("s", sha256)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void addSurveillance(Surveillance surveillance) {
        em.persist(surveillance);
        em.flush();
    }

    @Override
    public List<Surveillance> surveillances(Certificate certificate) {
        return em.createQuery(
                        "select s from Surveillance s where s.certificateId = :c order by s.recordedAt, s.id",
                        Surveillance.class)
                .setParameter("c", certificate.id())
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Map<Long, Certificate> latestOfProducts(Collection<Long> productIds) {
        return LatestPerProduct.of(
                em,
                Certificate.class,
                "application.productVersion",
                productIds,
                c -> c.application().productVersion().product().id());
    }
}
