package org.tanji.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.tanji.portal.application.AuditCheckpoints;
import org.tanji.portal.application.CertificateDocuments;
import org.tanji.portal.application.DocumentRegister;
import org.tanji.portal.application.PublicVerification;
import org.tanji.portal.application.PublicVerification.PublicCertificate;
import org.tanji.portal.domain.model.workflow.IssuedDocument;

/**
 * Public verification, no login: is this certificate real and valid now — by its number or by the code its
 * label's QR code carries — and the register of valid certificates. Each client address may ask a limited number
 * of times per second ({@code interfaces.http.PublicRateLimitFilter}).
 */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicVerificationResource {
    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    PublicVerification verification;

    @Inject
    DocumentRegister register;

    @Context
    UriInfo uri;

    /** A certificate by its number, e.g. {@code TJ-2026-000123-K}. */
    @GET
    @Path("certificates/{number}")
    public PublicCertificate byNumber(@PathParam("number") String number) {
        return verification.byNumber(number);
    }

    /**
     * The certificate as an A4 PDF/A-3b document, signed, with its data embedded as JSON; its QR code opens the
     * public verification page at {@code tanji.public-url} (by default the address this request came to). Issued
     * at the first download and the same file ever after.
     */
    @GET
    @Path("certificates/{number}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("number") String number) {
        return pdf(register.certificate(number, portalUrl()), number);
    }

    /**
     * The packaging label, {@code size} 50x30 or 100x60 (millimetres): {@code format=pdf} (the default) signed
     * PDF/A-3b at its printed size; {@code png} (600 dpi) or {@code svg} (text as outlines) as artwork drawn from that
     * PDF.
     */
    @GET
    @Path("certificates/{number}/label")
    @Produces({"application/pdf", "image/png", "image/svg+xml", "application/problem+json"})
    public Response label(
            @PathParam("number") String number,
            @QueryParam("size") @DefaultValue("50x30") String size,
            @QueryParam("format") @DefaultValue("pdf") String format) {
        CertificateDocuments.LabelSize labelSize = CertificateDocuments.LabelSize.of(size);
        String name = number + "-label-" + size;
        if (format.equals("pdf")) {
            return pdf(register.label(number, labelSize, portalUrl()), name);
        }
        CertificateDocuments.ArtworkFormat artwork = artworkFormat(format);
        return Response.ok(register.labelArtwork(number, labelSize, artwork, portalUrl()), artwork.mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(name + "." + artwork.extension()))
                .build();
    }

    private static CertificateDocuments.ArtworkFormat artworkFormat(String format) {
        for (CertificateDocuments.ArtworkFormat f : CertificateDocuments.ArtworkFormat.values()) {
            if (f.extension().equals(format)) {
                return f;
            }
        }
        throw new InvalidParameterException("format", "a label is pdf, png or svg, not " + format);
    }

    /**
     * Whether a PDF in hand (the request body, up to 10 MB) is a document issued here, unaltered, and the status of
     * its certificate now.
     */
    @POST
    @Path("documents/check")
    @Consumes("application/pdf")
    public DocumentRegister.Check check(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidParameterException(
                    "body", "send the PDF as the request body (Content-Type application/pdf)");
        }
        if (file.length > 10 * 1024 * 1024) {
            throw new InvalidParameterException("body", "an issued document is far smaller than 10 MB");
        }
        return register.check(file);
    }

    private static Response pdf(IssuedDocument d, String name) {
        return Response.ok(d.content(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(name + ".pdf"))
                .tag(d.sha256())
                .build();
    }

    private String portalUrl() {
        return PortalAddress.of(uri);
    }

    /**
     * The audit log's signed checkpoints, newest first: copies kept elsewhere let anyone show later that the log was
     * rewritten. Each carries the statement that was signed, the signature (Base64) and the signer's certificate
     * (Base64 DER) — the platform's key, the one the certificates are signed with.
     */
    @GET
    @Path("audit/checkpoints")
    public List<AuditResource.CheckpointDto> checkpoints(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, 500);
        return checkpoints.newest(page, size).stream()
                .map(AuditResource.CheckpointDto::of)
                .toList();
    }

    /** A certificate by the verification code of its label's QR code. */
    @GET
    @Path("verification/{token}")
    public PublicCertificate byToken(@PathParam("token") String token) {
        return verification.byToken(token);
    }

    /** Valid certificates whose holder, product or number contains {@code q}, newest first. */
    @GET
    @Path("register")
    public PublicVerification.Register register(
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size, 100);
        if (q != null && q.length() > 200) {
            throw new InvalidParameterException("q", "search for at most 200 characters");
        }
        return verification.register(q, page, size);
    }
}
