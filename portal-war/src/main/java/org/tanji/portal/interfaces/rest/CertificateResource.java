package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tanji.portal.application.CertificateService;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.interfaces.rest.CertificationDtos.CertificateDto;
import org.tanji.portal.interfaces.rest.CertificationDtos.CertificateStepRequest;
import org.tanji.portal.interfaces.rest.CertificationDtos.SurveillanceDto;
import org.tanji.portal.interfaces.rest.CertificationDtos.SurveillanceRequest;

/**
 * Certificates as their holder, their issuing body, the administrator and the supervisor see them: suspended,
 * reinstated and revoked by the issuing body's decision-makers, surveyed by its verifiers. (The public check of a
 * certificate by number is the verification page's, not this API's.)
 */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {
    @Inject
    CertificateService certificates;

    @Inject
    CurrentCaller caller;

    @Inject
    org.tanji.portal.application.CertificationService cases;

    private CertificateDto dto(Certificate c) {
        return CertificateDto.of(c, cases.organisationName(c.applicantOrganisationId()));
    }

    @GET
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public List<CertificateDto> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size, 100);
        return certificates.list(caller.get(), page, size).stream()
                .map(this::dto)
                .toList();
    }

    @GET
    @Path("{number}")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response get(@PathParam("number") String number) {
        Certificate c = certificates.get(caller.get(), number);
        return Response.ok(dto(c)).tag(ETags.of(c.version())).build();
    }

    /** Suspends, reinstates or revokes; the life cycle refuses what it refuses, naming the rule. */
    @POST
    @Path("{number}/steps")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response step(
            @PathParam("number") String number,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CertificateStepRequest body) {
        Long expected = ETags.optional(ifMatch);
        Certificate c = switch (body.action()) {
            case SUSPEND -> certificates.suspend(caller.get(), number, body.reason(), expected);
            case REINSTATE -> certificates.reinstate(caller.get(), number, body.reason(), expected);
            case REVOKE -> certificates.revoke(caller.get(), number, body.reason(), expected);
        };
        return Response.ok(dto(c)).tag(ETags.of(c.version())).build();
    }

    @GET
    @Path("{number}/surveillances")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public List<SurveillanceDto> surveillances(@PathParam("number") String number) {
        return certificates.surveillances(caller.get(), number).stream()
                .map(SurveillanceDto::of)
                .toList();
    }

    @POST
    @Path("{number}/surveillances")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response recordSurveillance(@PathParam("number") String number, @NotNull @Valid SurveillanceRequest body) {
        var s = certificates.recordSurveillance(caller.get(), number, body.outcome(), body.note());
        return Response.status(201).entity(SurveillanceDto.of(s)).build();
    }
}
