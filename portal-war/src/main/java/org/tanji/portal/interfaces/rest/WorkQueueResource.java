package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tanji.portal.application.WorkQueue;
import org.tanji.portal.domain.model.workflow.ApplicationAction;
import org.tanji.portal.domain.model.workflow.ApplicationState;

/**
 * The caller's work queue: every case awaiting a step the caller may take, with its holder, how long it has
 * waited and the due date the scheme's service levels give (the levels come along, for the page to explain).
 */
@Path("work-queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER"})
public class WorkQueueResource {
    @Inject
    WorkQueue queue;

    @Inject
    CurrentCaller caller;

    record EntryDto(
            long id,
            String state,
            long productId,
            String productName,
            int versionNumber,
            String holder,
            double totalKgCo2e,
            int round,
            Instant submittedAt,
            Instant since,
            Instant due,
            boolean overdue,
            List<ApplicationAction> yourSteps) {}

    record QueueDto(List<EntryDto> items, Map<ApplicationState, Long> serviceLevelHours, Instant now) {}

    @GET
    public QueueDto queue() {
        Instant now = Instant.now();
        List<EntryDto> items = queue.of(caller.get()).stream()
                .map(e -> new EntryDto(
                        e.application().id(),
                        e.application().state().name(),
                        e.application().productVersion().product().id(),
                        e.application().productVersion().product().name(),
                        e.application().productVersion().number(),
                        e.holder(),
                        e.application().calculation().totalKgCo2e(),
                        e.application().round(),
                        e.application().createdAt(),
                        e.since(),
                        e.due().orElse(null),
                        e.overdue(now),
                        e.yourSteps()))
                .toList();
        Map<ApplicationState, Long> hours = new java.util.EnumMap<>(ApplicationState.class);
        queue.serviceLevels().all().forEach((state, level) -> hours.put(state, level.toHours()));
        return new QueueDto(items, hours, now);
    }
}
