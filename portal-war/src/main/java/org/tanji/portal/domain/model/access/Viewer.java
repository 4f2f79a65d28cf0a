package org.tanji.portal.domain.model.access;

import org.tanji.portal.domain.model.party.Role;

/** Whoever asks, as the access rule sees them: a role, in an organisation. */
public record Viewer(Role role, long organisationId) {}
