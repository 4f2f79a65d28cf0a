package org.tanji.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tanji.portal.application.FactorCatalogue;
import org.tanji.portal.application.InvalidInputException;

/** Emission-factor search and lookup over the current datasets (the datasets themselves: {@link DatasetResource}). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmissionFactorResource {
    private static final int MAX_LIMIT = 200;

    @Inject
    FactorCatalogue catalogue;

    /** Ranked search: text in English or Chinese, category, region (code or name), activity unit, year. */
    @GET
    @Path("factors")
    public List<FactorCatalogue.Factor> search(
            @QueryParam("q") String text,
            @QueryParam("category") String category,
            @QueryParam("region") String region,
            @QueryParam("unit") String unit,
            @QueryParam("year") Integer year,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        try {
            return catalogue.search(text, category, region, unit, year, limit);
        } catch (InvalidInputException e) {
            throw new InvalidParameterException(e.field(), e.getMessage());
        }
    }

    @GET
    @Path("factors/{id}")
    public FactorCatalogue.Factor factor(@PathParam("id") String id) {
        return catalogue.find(id).orElseThrow(() -> new NotFoundException("no emission factor with id '" + id + "'"));
    }
}
