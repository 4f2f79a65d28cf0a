package org.tanji.portal.domain.model.product;

import java.util.List;
import java.util.Optional;
import org.tanji.portal.domain.model.access.Visibility;

/** Products and their draft models; implemented with JPA in infrastructure.persistence.jpa. */
public interface ProductRepository {
    Optional<Product> find(long id);

    /** Stores a new product; its id is known afterwards. */
    void add(Product product);

    /** The products of {@code scope} whose name contains {@code text} (any when blank), newest change first. */
    List<Product> search(Visibility.Scope scope, String text, int offset, int limit);

    long count(Visibility.Scope scope, String text);

    Optional<ProductDraft> draft(long productId);

    /** Replaces the draft model of a product; null removes it. */
    void saveDraft(long productId, String model);

    /** Writes pending changes now, so that version conflicts surface in this call. */
    void flush();
}
