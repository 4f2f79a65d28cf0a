package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tanji.portal.domain.model.product.OwnFactor;
import org.tanji.portal.domain.model.product.OwnFactorRepository;

@ApplicationScoped
public class JpaOwnFactorRepository implements OwnFactorRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public List<OwnFactor> of(long organisationId) {
        return em.createQuery("select f from OwnFactor f where f.organisationId = :org order by f.id", OwnFactor.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    @Override
    public void add(OwnFactor factor) {
        em.persist(factor);
        em.flush();
    }
}
