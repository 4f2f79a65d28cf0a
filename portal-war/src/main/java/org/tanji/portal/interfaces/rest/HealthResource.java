package org.tanji.portal.interfaces.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.tanji.portal.application.FactorCatalogue;

/** Liveness (the application answers) and readiness (database reachable, factor library loaded). */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/TanjiDS")
    DataSource dataSource;

    @Inject
    FactorCatalogue factors;

    @GET
    @Path("live")
    public Map<String, String> live() {
        return Map.of("status", "UP");
    }

    @GET
    @Path("ready")
    public Response ready() {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean up = true;
        try (Connection c = dataSource.getConnection()) {
            checks.put("database", c.isValid(2) ? "UP" : "DOWN");
            up = c.isValid(2);
        } catch (SQLException e) {
            checks.put("database", "DOWN: " + e.getMessage());
            up = false;
        }
        checks.put("emissionFactors", factors.size());
        checks.put("status", up ? "UP" : "DOWN");
        return Response.status(up ? 200 : 503).entity(checks).build();
    }
}
