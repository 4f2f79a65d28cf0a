package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tanji.portal.application.EvidenceService;
import org.tanji.portal.application.EvidenceTable;
import org.tanji.portal.domain.model.product.EvidenceDocument;

/**
 * The evidence of a certification case's product as the case's parties read it in the page: PDFs and images
 * inline (framed only by the portal's own pages), spreadsheets as tables.
 */
@Path("applications/{id}/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
public class CaseEvidenceResource {
    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceTable tables;

    @Inject
    CurrentCaller caller;

    @GET
    public List<EvidenceResource.EvidenceDto> list(@PathParam("id") long id) {
        return evidence.ofCase(caller.get(), id).stream()
                .map(EvidenceResource.EvidenceDto::of)
                .toList();
    }

    /** The document as it was uploaded, to be shown in the page (Content-Disposition inline). */
    @GET
    @Path("{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        var file = evidence.ofCase(caller.get(), id, documentId);
        EvidenceDocument d = file.document();
        return Response.ok(file.content(), d.contentType())
                .header("Content-Disposition", ContentDisposition.inline(d.fileName()))
                .header("Digest", "sha-256=" + d.sha256())
                .build();
    }

    /** A spreadsheet's first visible rows as text (422 for a PDF or an image). */
    @GET
    @Path("{documentId}/table")
    public EvidenceTable.Table table(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        var file = evidence.ofCase(caller.get(), id, documentId);
        return tables.read(file.document().contentType(), file.content());
    }
}
