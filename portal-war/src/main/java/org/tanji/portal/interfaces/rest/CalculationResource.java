package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tanji.portal.application.ResultWorkbook;
import org.tanji.portal.application.StoredJson;
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

    @Inject
    ResultWorkbook workbooks;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

    /** The full result as a workbook: a summary sheet and every line with its factor and source. */
    @GET
    @Path("{id}/result.xlsx")
    @Produces(XLSX)
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public jakarta.ws.rs.core.Response workbook(@PathParam("id") long id) {
        var result = StoredJson.tree(versions.fullResult(caller.get(), id));
        String name = result.path("product").asText("result") + " " + id + ".xlsx";
        return jakarta.ws.rs.core.Response.ok(workbooks.workbook(result), XLSX)
                .header("Content-Disposition", ContentDisposition.attachment(name))
                .build();
    }
}
