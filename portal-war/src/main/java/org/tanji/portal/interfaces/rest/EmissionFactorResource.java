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
import org.tanji.core.error.UnknownUnitException;
import org.tanji.factors.DatasetManifest;
import org.tanji.factors.FactorLibrary;
import org.tanji.factors.FactorQuery;

/** Emission-factor search and lookup over the shipped datasets, and the datasets with their attribution. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmissionFactorResource {
  private static final int MAX_LIMIT = 200;

  @Inject
  FactorLibrary library;

  /** Ranked search: text in English or Chinese, category, region (code or name), activity unit, year. */
  @GET
  @Path("factors")
  public List<FactorDto> search(@QueryParam("q") String text, @QueryParam("category") String category,
      @QueryParam("region") String region, @QueryParam("unit") String unit, @QueryParam("year") Integer year,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidParameterException("limit", "limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }
    FactorQuery q = FactorQuery.all().limit(limit);
    q = text == null || text.isBlank() ? q : q.withText(text);
    q = category == null || category.isBlank() ? q : q.category(category);
    q = region == null || region.isBlank() ? q : q.region(region);
    q = year == null ? q : q.year(year);
    if (unit != null && !unit.isBlank()) {
      try {
        q = q.unit(unit);
      } catch (UnknownUnitException e) {
        throw new InvalidParameterException("unit", e.getMessage());
      }
    }
    return library.search(q).stream().map(m -> FactorDto.of(m.factor())).toList();
  }

  @GET
  @Path("factors/{id}")
  public FactorDto factor(@PathParam("id") String id) {
    return library.factor(id).map(FactorDto::of)
        .orElseThrow(() -> new NotFoundException("no emission factor with id '" + id + "'"));
  }

  /** Every dataset version with its source, licence and the attribution its licence requires. */
  @GET
  @Path("datasets")
  public List<DatasetManifest> datasets() {
    return library.datasets();
  }
}
