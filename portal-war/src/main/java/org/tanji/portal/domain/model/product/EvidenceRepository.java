package org.tanji.portal.domain.model.product;

import java.util.List;
import java.util.Optional;

/** Evidence documents and their bytes (kept apart, so that listing never loads them). */
public interface EvidenceRepository {
    void add(EvidenceDocument document, byte[] content);

    List<EvidenceDocument> of(Product product);

    Optional<EvidenceDocument> find(long id);

    byte[] content(EvidenceDocument document);
}
