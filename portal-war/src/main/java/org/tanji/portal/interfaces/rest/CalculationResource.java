package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.tanji.portal.application.Callers;
import org.tanji.portal.application.ProductService;
import org.tanji.portal.interfaces.rest.ProductDtos.CalculationDto;

/** A stored calculation with its full result: totals, every breakdown and the trail of every line. */
@Path("calculations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalculationResource {
  @Inject
  ProductService products;

  @Inject
  Callers callers;

  @Context
  SecurityContext security;

  @GET
  @Path("{id}")
  @RolesAllowed({"EXPORTER", "ADMIN"})
  public CalculationDto get(@PathParam("id") long id) {
    return CalculationDto.of(products.calculation(callers.of(security.getUserPrincipal().getName()), id), true);
  }
}
