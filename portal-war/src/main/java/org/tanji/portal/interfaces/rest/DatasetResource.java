package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.tanji.portal.application.FactorCatalogue;
import org.tanji.portal.application.FactorDatasets;
import org.tanji.portal.application.UploadedFile;

/**
 * The emission-factor datasets: every version with its source and licence (public, as the licences ask for
 * attribution), its factors page by page, loading a new version (administrator) and which certificates pin which
 * version (administrator, supervisor).
 */
@Path("datasets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {
    /** A factor file of a national inventory runs to a few MB; more is not a dataset we curate. */
    static final int LIMIT = 20 * 1024 * 1024;

    @Inject
    FactorCatalogue catalogue;

    @Inject
    FactorDatasets datasets;

    @Inject
    CurrentCaller caller;

    /** A dataset version and the certificates whose calculations pinned it. */
    record PinnedVersion(String key, String title, List<FactorDatasets.PinnedBy> certificates) {}

    /** One page of a version's factors. */
    record FactorPage(String key, List<FactorCatalogue.Factor> items, int page, int size, long total) {}

    /** Every dataset version with its source, licence and the attribution its licence requires. */
    @GET
    public List<FactorCatalogue.Dataset> list() {
        return catalogue.datasets();
    }

    @GET
    @Path("{dataset}/{version}/factors")
    public FactorPage factors(
            @PathParam("dataset") String dataset,
            @PathParam("version") String version,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, 500);
        String key = dataset + "/" + version;
        List<FactorCatalogue.Factor> all =
                catalogue.factorsOf(key).orElseThrow(() -> new NotFoundException("no dataset version " + key));
        int from = (int) Math.min((long) page * size, all.size());
        return new FactorPage(key, all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    /**
     * Loads a new dataset version: multipart parts {@code manifest} (manifest.json, with the file's SHA-256, row and
     * factor counts, source, licence and attribution) and {@code file} (the factor CSV it names). 201 with the
     * version; 400 naming {@code manifest} or {@code file} with what to fix; a version that exists is refused.
     */
    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response load(@FormParam("manifest") EntityPart manifest, @FormParam("file") EntityPart file) {
        byte[] m = bytes("manifest", manifest, 1024 * 1024);
        byte[] f = bytes("file", file, LIMIT);
        return Response.status(201).entity(datasets.load(caller.get(), m, f)).build();
    }

    /** Every dataset version, each with the certificates whose calculations pinned it (none for most). */
    @GET
    @Path("pins")
    @RolesAllowed({"ADMIN", "SUPERVISOR"})
    public List<PinnedVersion> pins() {
        Map<String, List<FactorDatasets.PinnedBy>> pins = datasets.pins(caller.get());
        return catalogue.datasets().stream()
                .map(d -> new PinnedVersion(d.key(), d.title(), pins.getOrDefault(d.key(), List.of())))
                .toList();
    }

    private static byte[] bytes(String part, EntityPart upload, int limit) {
        if (upload == null) {
            throw new InvalidParameterException(part, "send the " + part + " as the multipart part \"" + part + "\"");
        }
        return UploadedFile.read(upload.getFileName().orElse(part), upload.getContent(), limit)
                .bytes();
    }
}
