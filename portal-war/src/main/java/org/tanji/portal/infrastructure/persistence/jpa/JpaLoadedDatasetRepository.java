package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tanji.portal.domain.model.factor.LoadedDataset;
import org.tanji.portal.domain.model.factor.LoadedDatasetRepository;

@ApplicationScoped
public class JpaLoadedDatasetRepository implements LoadedDatasetRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public List<LoadedDataset> all() {
        return em.createQuery("select d from LoadedDataset d order by d.loadedAt, d.id", LoadedDataset.class)
                .getResultList();
    }

    @Override
    public void add(LoadedDataset dataset) {
        em.persist(dataset);
        em.flush();
    }
}
