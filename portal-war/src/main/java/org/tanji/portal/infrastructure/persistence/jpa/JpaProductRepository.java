package org.tanji.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductDraft;
import org.tanji.portal.domain.model.product.ProductRepository;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {
    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    @Override
    public Optional<Product> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    @Override
    public void add(Product product) {
        em.persist(product);
        em.flush();
    }

    @Override
    public List<Product> search(Visibility.Scope scope, String text, int offset, int limit) {
        return bind(
                        em.createQuery(
                                "select p from Product p " + where(scope, text)
                                        + " order by p.updatedAt desc, p.id desc",
                                Product.class),
                        scope,
                        text)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(Visibility.Scope scope, String text) {
        return bind(em.createQuery("select count(p) from Product p " + where(scope, text), Long.class), scope, text)
                .getSingleResult();
    }

    /** The query the access rule's scope makes, and a name filter. */
    private static String where(Visibility.Scope scope, String text) {
        return (scope.everything() ? "where 1 = 1" : "where p.organisation.id = :org")
                + (Contains.given(text) ? " and lower(p.name) like :text" + Contains.ESCAPE : "");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Visibility.Scope scope, String text) {
        if (!scope.everything()) {
            q.setParameter("org", scope.organisation());
        }
        if (Contains.given(text)) {
            q.setParameter("text", Contains.pattern(text));
        }
        return q;
    }

    @Override
    public Optional<ProductDraft> draft(long productId) {
        return Optional.ofNullable(em.find(ProductDraft.class, productId));
    }

    @Override
    public void saveDraft(long productId, String model) {
        ProductDraft d = em.find(ProductDraft.class, productId);
        if (model == null && d != null) {
            em.remove(d);
        } else if (model != null && d == null) {
            em.persist(new ProductDraft(productId, model));
        } else if (model != null) {
            d.replace(model);
        }
    }

    @Override
    public void flush() {
        em.flush();
    }
}
