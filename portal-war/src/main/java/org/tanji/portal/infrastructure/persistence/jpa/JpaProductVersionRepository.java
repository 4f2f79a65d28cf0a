package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tanji.portal.domain.model.product.Calculation;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductVersion;
import org.tanji.portal.domain.model.product.ProductVersionRepository;
import org.tanji.portal.domain.model.product.VersionModel;

@ApplicationScoped
public class JpaProductVersionRepository implements ProductVersionRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public int lastNumber(Product product) {
        return em.createQuery(
                        "select coalesce(max(v.number), 0) from ProductVersion v where v.product = :p", Integer.class)
                .setParameter("p", product)
                .getSingleResult();
    }

    @Override
    public void add(ProductVersion version, String modelText) {
        em.persist(version);
        em.flush();
        em.persist(new VersionModel(version.id(), modelText));
    }

    @Override
    public List<ProductVersion> of(Product product) {
        return em.createQuery(
                        "select v from ProductVersion v where v.product = :p order by v.number", ProductVersion.class)
                .setParameter("p", product)
                .getResultList();
    }

    @Override
    public Optional<ProductVersion> find(Product product, int number) {
        return em.createQuery(
                        "select v from ProductVersion v where v.product = :p and v.number = :n", ProductVersion.class)
                .setParameter("p", product)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public String modelText(ProductVersion version) {
        return em.find(VersionModel.class, version.id()).model();
    }

    @Override
    public Optional<Calculation> calculation(long id) {
        return Optional.ofNullable(em.find(Calculation.class, id));
    }

    @Override
    public void addCalculation(Calculation calculation) {
        em.persist(calculation);
        em.flush();
    }

    @Override
    public Optional<Calculation> latestCalculation(ProductVersion version) {
        return em.createQuery(
                        "select c from Calculation c where c.productVersion = :v order by c.calculatedAt desc, c.id desc",
                        Calculation.class)
                .setParameter("v", version)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<Long, Calculation> latestCalculations(Collection<Long> productIds) {
        return LatestPerProduct.of(
                em,
                Calculation.class,
                "productVersion",
                productIds,
                c -> c.productVersion().product().id());
    }
}
