package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.party.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.id", Organisation.class)
                .getResultList();
    }

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public boolean existsWithCreditCode(String creditCode) {
        return !em.createQuery("select o from Organisation o where o.creditCode = :c", Organisation.class)
                .setParameter("c", creditCode)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
    }
}
