package org.tanji.portal.domain.model.workflow;

import java.util.Objects;
import java.util.Set;

/**
 * Someone acting in the workflow: a login, the role they act in, their organisation, and the organisations they
 * declared a conflict of interest with (a consultant's former clients, for instance).
 */
public record Actor(String login, WorkflowRole role, long organisationId, Set<Long> conflictsOfInterest) {
    public Actor {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        conflictsOfInterest = Set.copyOf(conflictsOfInterest);
    }

    public Actor(String login, WorkflowRole role, long organisationId) {
        this(login, role, organisationId, Set.of());
    }
}
