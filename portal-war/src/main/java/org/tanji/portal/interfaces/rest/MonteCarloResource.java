package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tanji.portal.application.MonteCarloJobs;
import org.tanji.portal.application.MonteCarloStatistics;

/**
 * Monte Carlo of a product version as an asynchronous job: start it here, follow it at the job's address
 * ({@link JobResource}), find the version's earlier runs here.
 */
@Path("products/{id}/versions/{number}/monte-carlo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonteCarloResource {
    @Inject
    MonteCarloJobs jobs;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    /**
     * A run; {@code total}, {@code byStage} (kg CO2e per declared unit) and the {@code histogram} of the total once it
     * is done.
     */
    record JobDto(
            String id,
            long productId,
            int version,
            String status,
            int done,
            int iterations,
            long seed,
            Double deterministicKgCo2e,
            MonteCarloStatistics.Stats total,
            Map<String, MonteCarloStatistics.Stats> byStage,
            MonteCarloStatistics.Histogram histogram,
            String failure,
            Instant startedAt,
            Instant finishedAt) {}

    /** The runs of this version, newest first (they are kept after they end). */
    @GET
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public List<JobDto> list(@PathParam("id") long id, @PathParam("number") int number) {
        return jobs.of(caller.get(), id, number).stream()
                .map(MonteCarloResource::dto)
                .toList();
    }

    @POST
    @RolesAllowed("EXPORTER")
    public Response start(
            @PathParam("id") long id,
            @PathParam("number") int number,
            @QueryParam("iterations") @DefaultValue("10000") int iterations,
            @QueryParam("seed") @DefaultValue("1") long seed) {
        MonteCarloJobs.Job job = jobs.start(caller.get(), id, number, iterations, seed);
        return Response.accepted(dto(job))
                .location(uri.getBaseUriBuilder().path("jobs").path(job.id()).build())
                .build();
    }

    static JobDto dto(MonteCarloJobs.Job j) {
        MonteCarloStatistics stats = j.statistics();
        return new JobDto(
                j.id(),
                j.productId(),
                j.version(),
                j.status().name(),
                j.done(),
                j.iterations(),
                j.seed(),
                j.deterministicKgCo2e(),
                stats == null ? null : stats.total(),
                stats == null ? Map.of() : stats.byStage(),
                stats == null ? null : stats.histogram(),
                j.failure(),
                j.startedAt(),
                j.finishedAt());
    }
}
