package org.tanji.portal.application;

import org.tanji.portal.domain.model.access.Viewer;
import org.tanji.portal.domain.model.party.Role;

/**
 * Who is asking: login, role and organisation.
 *
 * @param role null only for {@link #SYSTEM}
 */
public record Caller(String login, Role role, long organisationId) {
    /** The portal itself, when it acts without a user (seeding the demo accounts at its first start). */
    public static final Caller SYSTEM = new Caller("system", null, 0);

    /** The caller as the access rule sees it. */
    public Viewer viewer() {
        return new Viewer(role, organisationId);
    }
}
