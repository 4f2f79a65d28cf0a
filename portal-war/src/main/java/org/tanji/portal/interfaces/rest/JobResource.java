package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tanji.portal.application.MonteCarloJobs;

/** A background job of the caller's organisation: its progress and result, or cancel it. */
@Path("jobs/{job}")
@RequestScoped
@RolesAllowed("EXPORTER")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
    @Inject
    MonteCarloJobs jobs;

    @Inject
    CurrentCaller caller;

    @GET
    public MonteCarloResource.JobDto get(@PathParam("job") String job) {
        return MonteCarloResource.dto(jobs.get(caller.get(), job));
    }

    @DELETE
    public Response cancel(@PathParam("job") String job) {
        jobs.cancel(caller.get(), job);
        return Response.noContent().build();
    }
}
