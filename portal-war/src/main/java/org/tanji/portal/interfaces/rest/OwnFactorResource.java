package org.tanji.portal.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tanji.portal.application.OwnFactors;

/** The caller's organisation's own emission factors (primary data), for the factor picker of every product. */
@Path("own-factors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("EXPORTER")
public class OwnFactorResource {
    @Inject
    OwnFactors factors;

    @Inject
    CurrentCaller caller;

    @Inject
    org.tanji.portal.application.pact.SupplierFootprints supplierFootprints;

    /** A factor as stated: CO2e (fossil) per unit, with the GWP set it was made with, its source and year. */
    record OwnFactorRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 20) String unit,
            @NotNull Double kgCo2ePerUnit,
            @NotBlank String gwpSet,
            @NotBlank @Size(max = 500) String source,
            @NotNull @Min(1990) @Max(2100) Integer year) {}

    @GET
    public List<JsonNode> list() {
        return factors.list(caller.get());
    }

    @POST
    public Response add(@NotNull @Valid OwnFactorRequest body) {
        JsonNode f = factors.add(
                caller.get(),
                body.name(),
                body.unit(),
                body.kgCo2ePerUnit(),
                body.gwpSet(),
                body.source(),
                body.year());
        return Response.status(201).entity(f).build();
    }

    /**
     * Imports a supplier's PACT ProductFootprint (v3, or v2.x mapped to v3), or a GetFootprint response holding one, as
     * an own factor per declared unit: 201 with the factor, the v2 differences and the warnings (parts that do not add
     * up are accepted, and said); 400 naming the first property that does not conform.
     */
    @POST
    @Path("pact")
    public Response importFootprint(@NotNull JsonNode footprint) {
        return Response.status(201)
                .entity(supplierFootprints.importFootprint(caller.get(), footprint))
                .build();
    }
}
