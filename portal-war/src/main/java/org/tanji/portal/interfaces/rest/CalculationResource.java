package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tanji.portal.application.VersionService;
import org.tanji.portal.interfaces.rest.ProductDtos.CalculationDto;

/** A stored calculation: its summary, and its full result with the trail of every line. */
@Path("calculations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalculationResource {
    @Inject
    VersionService versions;

    @Inject
    CurrentCaller caller;

    /** The calculation with its summary: totals and every breakdown. */
    @GET
    @Path("{id}")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public CalculationDto get(@PathParam("id") long id) {
        return CalculationDto.of(versions.calculation(caller.get(), id), true);
    }

    /**
     * The full result with the trail of every line (tanji-footprint-result/1), recalculated with the dataset versions
     * the calculation used and checked against its stored hash.
     */
    @GET
    @Path("{id}/result")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public jakarta.ws.rs.core.Response result(@PathParam("id") long id) {
        return jakarta.ws.rs.core.Response.ok(versions.fullResult(caller.get(), id), MediaType.APPLICATION_JSON)
                .build();
    }
}
