package org.tanji.portal.domain.model.party;

import java.util.List;
import java.util.Optional;

/** The portal's users; implemented with JPA in infrastructure. */
public interface PortalUserRepository {
    Optional<PortalUser> byLogin(String login);

    Optional<PortalUser> find(long organisationId, String login);

    List<PortalUser> of(long organisationId);

    /** The enabled users of an organisation holding {@code role}. */
    List<PortalUser> holding(long organisationId, Role role);

    long count();

    /** Stores a new user. */
    void add(PortalUser user);

    /** Writes pending changes now. */
    void flush();
}
