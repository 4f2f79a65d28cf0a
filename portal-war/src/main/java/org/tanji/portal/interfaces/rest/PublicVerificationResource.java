package org.tanji.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.tanji.portal.application.CertificateDocuments;
import org.tanji.portal.application.PublicVerification;
import org.tanji.portal.application.PublicVerification.PublicCertificate;

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
    PublicVerification verification;

    @Inject
    CertificateDocuments documents;

    @Context
    UriInfo uri;

    /** A certificate by its number, e.g. {@code TJ-2026-000123-K}. */
    @GET
    @Path("certificates/{number}")
    public PublicCertificate byNumber(@PathParam("number") String number) {
        return verification.byNumber(number);
    }

    /**
     * The certificate as an A4 PDF/A-3b document with its data embedded as JSON; its QR code opens the public
     * verification page at {@code tanji.public-url} (by default the address this request came to).
     */
    @GET
    @Path("certificates/{number}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("number") String number) {
        PublicCertificate c = verification.byNumber(number);
        return Response.ok(documents.certificatePdf(c, verificationUrl(c)), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(c.number() + ".pdf"))
                .build();
    }

    /** The packaging label, {@code size} 50x30 or 100x60 (millimetres), PDF/A-3b at its printed size. */
    @GET
    @Path("certificates/{number}/label")
    @Produces({"application/pdf", "application/problem+json"})
    public Response label(@PathParam("number") String number, @QueryParam("size") @DefaultValue("50x30") String size) {
        CertificateDocuments.LabelSize labelSize = CertificateDocuments.LabelSize.of(size);
        PublicCertificate c = verification.byNumber(number);
        return Response.ok(documents.labelPdf(c, verificationUrl(c), labelSize), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(c.number() + "-label-" + size + ".pdf"))
                .build();
    }

    /** Where a certificate's QR code leads: the verification page with the certificate's code. */
    private String verificationUrl(PublicCertificate c) {
        String base = System.getProperty("tanji.public-url");
        if (base == null || base.isBlank()) {
            base = uri.getBaseUri().resolve("..").toString(); // the portal's root, above /api/
        }
        return (base.endsWith("/") ? base : base + "/") + "verify.html?t=" + c.verificationToken();
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
