package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.tanji.portal.application.CertificationService;

/**
 * A certification body's staff declare the organisations they have a conflict of interest with (a former consulting
 * client, a relative's employer); the workflow then keeps them off those organisations' cases. A declaration cannot
 * be taken back through the API: impartiality records are kept.
 */
@Path("conflicts-of-interest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"VERIFIER", "REVIEWER", "DECISION_MAKER"})
public class ConflictOfInterestResource {
    @Inject
    CertificationService applications;

    @Inject
    CurrentCaller caller;

    record Declaration(@NotNull Long organisationId) {}

    record Declared(Set<Long> organisationIds) {}

    @GET
    public Declared mine() {
        return new Declared(applications.conflicts(caller.get()));
    }

    @POST
    public Response declare(@NotNull @Valid Declaration body) {
        applications.declareConflict(caller.get(), body.organisationId());
        return Response.status(201).entity(mine()).build();
    }
}
