package org.tanji.portal.domain.model.product;

import java.util.List;

/** An organisation's own emission factors; implemented with JPA. */
public interface OwnFactorRepository {
    /** The organisation's factors, oldest first. */
    List<OwnFactor> of(long organisationId);

    void add(OwnFactor factor);
}
