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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.tanji.portal.application.CertificateService;
import org.tanji.portal.application.CertificationService;
import org.tanji.portal.application.RoundComparison;
import org.tanji.portal.domain.model.workflow.ApplicationState;
import org.tanji.portal.domain.model.workflow.CertificationApplication;
import org.tanji.portal.interfaces.rest.CertificationDtos.ApplicationDto;
import org.tanji.portal.interfaces.rest.CertificationDtos.ApplicationPage;
import org.tanji.portal.interfaces.rest.CertificationDtos.ApplicationRequest;
import org.tanji.portal.interfaces.rest.CertificationDtos.MessageDto;
import org.tanji.portal.interfaces.rest.CertificationDtos.MessageRequest;
import org.tanji.portal.interfaces.rest.CertificationDtos.StepRequest;

/**
 * Certification applications: an exporter applies for a calculated product version, and every later step (submit,
 * accept, request clarification, issue the statement, review, approve…) is a {@code POST …/steps}. The workflow
 * refuses a step naming the rule it breaks (403, or 409 when the application is in the wrong state); If-Match with the
 * application's ETag makes a step conditional (412 when someone acted since), and of two people acting at the same
 * moment one wins and the other gets 409.
 */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationResource {
    @Inject
    CertificationService applications;

    @Inject
    CertificateService certificates;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public ApplicationPage list(
            @QueryParam("state") String state,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size, 100);
        var p = applications.list(caller.get(), state(state), page, size);
        return new ApplicationPage(p.items().stream().map(this::dto).toList(), p.page(), p.size(), p.total());
    }

    @POST
    @RolesAllowed("EXPORTER")
    public Response apply(@NotNull @Valid ApplicationRequest body) {
        CertificationApplication a = applications.open(
                caller.get(), body.productId(), body.versionNumber(), body.certificationBodyId(), body.renews());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(a.id()))
                        .build())
                .tag(ETags.of(a.version()))
                .entity(dto(a))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response get(@PathParam("id") long id) {
        CertificationApplication a = applications.get(caller.get(), id);
        return Response.ok(dto(a)).tag(ETags.of(a.version())).build();
    }

    /** Takes a step; the supervisor and the administrator are let in so that the workflow can name its refusal. */
    @POST
    @Path("{id}/steps")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response step(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid StepRequest body) {
        CertificationApplication a = applications.act(caller.get(), id, body.step(), ETags.optional(ifMatch));
        return Response.ok(dto(a)).tag(ETags.of(a.version())).build();
    }

    /** What happened to the application, oldest first: each step with when, who and what. */
    @GET
    @Path("{id}/history")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public List<CertificationService.CaseEvent> history(@PathParam("id") long id) {
        return applications.history(caller.get(), id);
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public List<MessageDto> messages(@PathParam("id") long id) {
        return applications.messages(caller.get(), id).stream()
                .map(MessageDto::of)
                .toList();
    }

    /** A comment on the case, about the case, a BOM line, a factor or an evidence document; it moves nothing. */
    @POST
    @Path("{id}/messages")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response comment(@PathParam("id") long id, @NotNull @Valid MessageRequest body) {
        var m = applications.comment(caller.get(), id, body.topic(), body.topicRef(), body.text());
        return Response.status(201).entity(MessageDto.of(m)).build();
    }

    /** What submission {@code round} froze (tanji-certification-snapshot/1), the text its SHA-256 is of. */
    @GET
    @Path("{id}/snapshots/{round}")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response snapshot(@PathParam("id") long id, @PathParam("round") int round) {
        return Response.ok(applications.snapshot(caller.get(), id, round), MediaType.APPLICATION_JSON)
                .build();
    }

    /** The frozen model of the certified version, for the verifier (tanji-footprint-model/1). */
    @GET
    @Path("{id}/model")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response model(@PathParam("id") long id) {
        return Response.ok(applications.model(caller.get(), id), MediaType.APPLICATION_JSON)
                .build();
    }

    /** The certified calculation's full result, recalculated with its pinned datasets (409 if it differs). */
    @GET
    @Path("{id}/result")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response result(@PathParam("id") long id) {
        return Response.ok(applications.result(caller.get(), id), MediaType.APPLICATION_JSON)
                .build();
    }

    private ApplicationDto dto(CertificationApplication a) {
        String number = certificates.ofApplication(a).map(c -> c.number()).orElse(null);
        return ApplicationDto.of(
                a,
                applications.applicantName(a),
                number,
                applications.stepsOpenTo(caller.get(), a),
                applications.ruleKeepingOff(caller.get(), a).orElse(null));
    }

    private static ApplicationState state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ApplicationState.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    "state", "state is one of " + java.util.Arrays.toString(ApplicationState.values()));
        }
    }

    /**
     * What changed between two submissions ({@code from} and {@code to}, 1 to the application's round; by default
     * the last two): the model field by field and the result line by line.
     */
    /**
     * What changed since the product's previous calculated version: 200 with {@code from}, {@code to} and the
     * comparison, or 204 when the certified version is the product's first.
     */
    @GET
    @Path("{id}/since-previous-version")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public Response sincePreviousVersion(@PathParam("id") long id) {
        return applications
                .sincePreviousVersion(caller.get(), id)
                .map(d -> Response.ok(d).build())
                .orElse(Response.noContent().build());
    }

    @GET
    @Path("{id}/diff")
    @RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
    public RoundComparison diff(
            @PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        int rounds = applications.get(caller.get(), id).round();
        if (rounds == 0) {
            throw new InvalidParameterException("to", "the application has not been submitted yet: nothing to compare");
        }
        int later = to == null ? rounds : round("to", to, rounds);
        int earlier = from == null ? Math.max(1, later - 1) : round("from", from, rounds);
        return applications.compare(caller.get(), id, earlier, later);
    }

    private static int round(String parameter, int round, int rounds) {
        if (round < 1 || round > rounds) {
            throw new InvalidParameterException(
                    parameter, "the application has submissions 1 to " + rounds + "; " + round + " is not one");
        }
        return round;
    }
}
