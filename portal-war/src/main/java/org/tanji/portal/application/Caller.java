package org.tanji.portal.application;

import org.tanji.portal.domain.model.party.Role;

/** Who is asking: login, role and organisation. */
public record Caller(String login, Role role, long organisationId) {}
