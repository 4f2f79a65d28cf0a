package org.tanji.portal.domain.model.party;

import java.util.List;
import java.util.Optional;

/** Organisations; implemented with JPA in infrastructure. */
public interface OrganisationRepository {
    List<Organisation> all();

    Optional<Organisation> find(long id);

    boolean existsWithCreditCode(String creditCode);

    /** Stores a new organisation; its id is known afterwards. */
    void add(Organisation organisation);
}
