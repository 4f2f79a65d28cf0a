package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.tanji.portal.application.Caller;
import org.tanji.portal.application.ProductOverview;
import org.tanji.portal.application.ProductService;
import org.tanji.portal.application.RoundComparison;
import org.tanji.portal.application.UploadedFile;
import org.tanji.portal.application.VersionService;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.interfaces.rest.ProductDtos.CalculationDto;
import org.tanji.portal.interfaces.rest.ProductDtos.OverviewDto;
import org.tanji.portal.interfaces.rest.ProductDtos.OverviewPage;
import org.tanji.portal.interfaces.rest.ProductDtos.PreviewDto;
import org.tanji.portal.interfaces.rest.ProductDtos.ProductDto;
import org.tanji.portal.interfaces.rest.ProductDtos.ProductPage;
import org.tanji.portal.interfaces.rest.ProductDtos.ProductRequest;
import org.tanji.portal.interfaces.rest.ProductDtos.VersionDto;

/**
 * Products of the caller's organisation, their frozen versions and calculations. Edits need If-Match with the
 * product's ETag (optimistic locking): a stale one gets 412, none gets 428.
 */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {
    @Inject
    ProductService products;

    @Inject
    VersionService versions;

    @Inject
    ProductOverview overview;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public ProductPage list(
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size, 100);
        var p = products.list(caller.get(), q, page, size);
        return new ProductPage(p.items().stream().map(ProductDto::of).toList(), p.page(), p.size(), p.total());
    }

    /**
     * The dashboard: a page of products, each with its status (draft, calculated, in certification, clarification
     * requested, certified, expiring, not certified), its last footprint and the owner's next step.
     */
    @GET
    @Path("overview")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public OverviewPage overview(
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size, 100);
        var p = overview.page(caller.get(), q, page, size);
        Instant now = Instant.now();
        return new OverviewPage(
                p.items().stream().map(e -> OverviewDto.of(e, now)).toList(), p.page(), p.size(), p.total());
    }

    @POST
    @RolesAllowed("EXPORTER")
    public Response create(@NotNull @Valid ProductRequest body) {
        Product p = products.create(caller.get(), body.name(), body.description(), body.category(), body.modelText());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(p.id()))
                        .build())
                .tag(etag(p))
                .entity(ProductDto.of(p))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public Response get(@PathParam("id") long id) {
        Product p = products.get(caller.get(), id);
        return Response.ok(ProductDto.of(p)).tag(etag(p)).build();
    }

    /** Where one product stands: its status, last footprint, application, certificate and the owner's next step. */
    @GET
    @Path("{id}/progress")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public OverviewDto progress(@PathParam("id") long id) {
        return OverviewDto.of(overview.of(caller.get(), id), Instant.now());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("EXPORTER")
    public Response edit(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProductRequest body) {
        Product p = products.edit(
                caller.get(), id, version(ifMatch), body.name(), body.description(), body.category(), body.modelText());
        return Response.ok(ProductDto.of(p)).tag(etag(p)).build();
    }

    /**
     * "What if": the footprint of a model as it would be if saved (the body: a tanji-footprint-model/1 document),
     * calculated with the shipped factor library; nothing is stored.
     */
    @POST
    @Path("{id}/preview")
    @RolesAllowed("EXPORTER")
    public PreviewDto preview(@PathParam("id") long id, @NotNull com.fasterxml.jackson.databind.JsonNode model) {
        var c = products.preview(caller.get(), id, model.toString());
        return new PreviewDto(c.totalKgCo2e(), c.gwpSet(), c.datasetPins(), ProductDtos.json(c.summary()));
    }

    /** The product's draft footprint model, as stored (tanji-footprint-model/1), with the product's ETag. */
    @GET
    @Path("{id}/model")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public Response model(@PathParam("id") long id) {
        ProductService.Draft draft = products.draft(caller.get(), id);
        return Response.ok(draft.model(), MediaType.APPLICATION_JSON)
                .tag(etag(draft.productVersion()))
                .build();
    }

    /** Largest bill of materials accepted. */
    static final int BOM_LIMIT = 5 * 1024 * 1024;

    /**
     * Replaces the draft model with a bill of materials (multipart: part "file", CSV or XLSX; optional
     * "declaredUnit", default "1 piece", and "boundary", default cradle-to-gate). Errors name sheet, row and column.
     */
    @PUT
    @Path("{id}/bom")
    @RolesAllowed("EXPORTER")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importBom(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @FormParam("file") EntityPart file,
            @FormParam("declaredUnit") EntityPart declaredUnitPart,
            @FormParam("boundary") EntityPart boundaryPart) {
        String declaredUnit = FormText.of(declaredUnitPart, "1 piece");
        String boundary = FormText.of(boundaryPart, "cradle-to-gate");
        long expected = version(ifMatch);
        if (file == null) {
            throw new InvalidParameterException("file", "send the bill of materials as the multipart part \"file\"");
        }
        UploadedFile upload = UploadedFile.read(file.getFileName().orElse("bom"), file.getContent(), BOM_LIMIT);
        Product p = products.importBom(
                caller.get(),
                id,
                expected,
                upload,
                declaredUnit == null ? "1 piece" : declaredUnit,
                boundary == null ? "cradle-to-gate" : boundary);
        return Response.ok(ProductDto.of(p)).tag(etag(p)).build();
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed("EXPORTER")
    public Response freeze(@PathParam("id") long id) {
        var v = versions.freeze(caller.get(), id);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(v.number()))
                        .build())
                .entity(VersionDto.of(v, null))
                .build();
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public List<VersionDto> versions(@PathParam("id") long id) {
        return versions.versions(caller.get(), id).stream()
                .map(v -> VersionDto.of(v, null))
                .toList();
    }

    /**
     * What changed from version {@code from} to version {@code to} (both calculated): the model field by field and
     * the result line by line, with both totals.
     */
    @GET
    @Path("{id}/versions/compare")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public RoundComparison compare(
            @PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null) {
            throw new InvalidParameterException("from", "name the earlier version: ?from=1&to=2");
        }
        if (to == null) {
            throw new InvalidParameterException("to", "name the later version: ?from=1&to=2");
        }
        return versions.compare(caller.get(), id, from, to);
    }

    /** A version with its frozen model. */
    @GET
    @Path("{id}/versions/{number}")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public VersionDto version(@PathParam("id") long id, @PathParam("number") int number) {
        Caller who = caller.get();
        return VersionDto.of(versions.version(who, id, number), versions.versionModel(who, id, number));
    }

    /** Calculates the version synchronously with the shipped factor library. */
    @POST
    @Path("{id}/versions/{number}/calculations")
    @RolesAllowed("EXPORTER")
    public Response calculate(@PathParam("id") long id, @PathParam("number") int number) {
        var c = versions.calculate(caller.get(), id, number);
        return Response.created(uri.getBaseUriBuilder()
                        .path("calculations")
                        .path(String.valueOf(c.id()))
                        .build())
                .entity(CalculationDto.of(c, false))
                .build();
    }

    private static EntityTag etag(Product p) {
        return ETags.of(p.version());
    }

    private static EntityTag etag(long productVersion) {
        return ETags.of(productVersion);
    }

    /** The product version an If-Match names; a change without one is refused (428). */
    private static long version(String ifMatch) {
        return ETags.required(ifMatch, "product");
    }
}
