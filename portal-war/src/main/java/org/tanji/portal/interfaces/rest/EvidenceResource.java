package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.tanji.portal.application.EvidenceService;
import org.tanji.portal.application.UploadedFile;
import org.tanji.portal.domain.model.product.EvidenceDocument;

/** Evidence files of a product: PDF, images, spreadsheets; 10 MB at most; kept with their SHA-256. */
@Path("products/{id}/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {
    static final int LIMIT = 10 * 1024 * 1024;

    @Inject
    EvidenceService evidence;

    @Inject
    CurrentCaller caller;

    record EvidenceDto(
            long id,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String description,
            Instant uploadedAt,
            String uploadedBy) {
        static EvidenceDto of(EvidenceDocument d) {
            return new EvidenceDto(
                    d.id(),
                    d.fileName(),
                    d.contentType(),
                    d.sizeBytes(),
                    d.sha256(),
                    d.description(),
                    d.uploadedAt(),
                    d.uploadedBy());
        }
    }

    @POST
    @RolesAllowed("EXPORTER")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(
            @PathParam("id") long id,
            @FormParam("file") EntityPart file,
            @FormParam("description") EntityPart descriptionPart) {
        String description = FormText.of(descriptionPart, null);
        if (file == null) {
            throw new InvalidParameterException("file", "send the document as the multipart part \"file\"");
        }
        UploadedFile upload = UploadedFile.read(file.getFileName().orElse("evidence"), file.getContent(), LIMIT);
        EvidenceDocument d = evidence.attach(
                caller.get(),
                id,
                upload,
                file.getMediaType() == null ? null : file.getMediaType().toString(),
                description);
        return Response.status(201).entity(EvidenceDto.of(d)).build();
    }

    @GET
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public List<EvidenceDto> list(@PathParam("id") long id) {
        return evidence.list(caller.get(), id).stream().map(EvidenceDto::of).toList();
    }

    @GET
    @Path("{documentId}")
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        var file = evidence.download(caller.get(), id, documentId);
        EvidenceDocument d = file.document();
        return Response.ok(file.content(), d.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
                .header("Digest", "sha-256=" + d.sha256())
                .build();
    }
}
