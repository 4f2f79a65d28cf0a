package org.tanji.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

    /** A certificate by its number, e.g. {@code TJ-2026-000123-K}. */
    @GET
    @Path("certificates/{number}")
    public PublicCertificate byNumber(@PathParam("number") String number) {
        return verification.byNumber(number);
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
