package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tanji.portal.domain.model.product.EvidenceContent;
import org.tanji.portal.domain.model.product.EvidenceDocument;
import org.tanji.portal.domain.model.product.EvidenceRepository;
import org.tanji.portal.domain.model.product.Product;

@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public void add(EvidenceDocument document, byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new EvidenceContent(document.id(), content));
    }

    @Override
    public List<EvidenceDocument> of(Product product) {
        return em.createQuery(
                        "select d from EvidenceDocument d where d.product = :p order by d.id", EvidenceDocument.class)
                .setParameter("p", product)
                .getResultList();
    }

    @Override
    public Optional<EvidenceDocument> find(long id) {
        return Optional.ofNullable(em.find(EvidenceDocument.class, id));
    }

    @Override
    public byte[] content(EvidenceDocument document) {
        return em.find(EvidenceContent.class, document.id()).content();
    }
}
