package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.tanji.portal.application.BomTemplate;

/** The bill-of-materials template, as CSV and as a workbook with the columns explained; no login needed. */
@Path("templates")
@RequestScoped
@PermitAll
public class TemplateResource {
    @Inject
    BomTemplate template;

    @GET
    @Path("bom.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv() {
        return Response.ok(template.csv())
                .header("Content-Disposition", ContentDisposition.attachment("bom-template.csv"))
                .build();
    }

    @GET
    @Path("bom.xlsx")
    @Produces(CalculationResource.XLSX)
    public Response xlsx() {
        return Response.ok(template.xlsx())
                .header("Content-Disposition", ContentDisposition.attachment("bom-template.xlsx"))
                .build();
    }
}
