package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tanji.portal.application.SchemeStatistics;

/** The scheme's figures per certification body and per product category, for the supervisor and the admin. */
@Path("statistics")
@RequestScoped
@RolesAllowed({"SUPERVISOR", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    @Inject
    SchemeStatistics statistics;

    @Inject
    CurrentCaller caller;

    @GET
    public SchemeStatistics.Statistics get() {
        return statistics.of(caller.get());
    }
}
