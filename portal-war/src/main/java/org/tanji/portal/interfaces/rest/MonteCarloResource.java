package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tanji.core.uncertainty.SampleStatistics;
import org.tanji.portal.application.Callers;
import org.tanji.portal.application.MonteCarloJobs;

/**
 * Monte Carlo of a product version as an asynchronous job: start it here, follow it at the job's address
 * ({@link JobResource}).
 */
@Path("products/{id}/versions/{number}/monte-carlo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonteCarloResource {
  @Inject
  MonteCarloJobs jobs;

  @Inject
  Callers callers;

  @Context
  SecurityContext security;

  @Context
  UriInfo uri;

  record Stats(double mean, double standardDeviation, double p2_5, double median, double p97_5) {
    static Stats of(SampleStatistics s) {
      return new Stats(s.mean(), s.standardDeviation(), s.percentile(2.5), s.median(), s.percentile(97.5));
    }
  }

  record JobDto(String id, long productId, int version, String status, int done, int iterations, long seed,
      Double deterministicKgCo2e, Stats total, Map<String, Stats> byStage, String failure) {}

  @POST
  @RolesAllowed("EXPORTER")
  public Response start(@PathParam("id") long id, @PathParam("number") int number,
      @QueryParam("iterations") @DefaultValue("10000") int iterations,
      @QueryParam("seed") @DefaultValue("1") long seed) {
    MonteCarloJobs.Job job = jobs.start(callers.of(security.getUserPrincipal().getName()), id, number, iterations,
        seed);
    return Response.accepted(dto(job)).location(uri.getBaseUriBuilder().path("jobs").path(job.id).build()).build();
  }

  static JobDto dto(MonteCarloJobs.Job j) {
    Map<String, Stats> stages = new LinkedHashMap<>();
    if (j.result != null) {
      j.result.byStage().forEach((s, v) -> stages.put(s.key(), Stats.of(v)));
    }
    return new JobDto(j.id, j.productId, j.version, j.status, j.done.get(), j.iterations, j.seed,
        j.result == null ? null : j.deterministicKgCo2e, j.result == null ? null : Stats.of(j.result.total()),
        stages, j.failure);
  }
}
