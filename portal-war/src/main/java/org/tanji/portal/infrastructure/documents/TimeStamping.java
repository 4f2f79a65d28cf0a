package org.tanji.portal.infrastructure.documents;

import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.TSAClientBouncyCastle;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The RFC 3161 time-stamp authority that dates every signature (PAdES baseline B-T), so a signature made before a
 * key was revoked or expired stays verifiable as made then: {@code tanji.signing.tsa-url}, with
 * {@code tanji.signing.tsa-user} and {@code tanji.signing.tsa-password} where the authority asks for them. Without
 * one, documents are signed at baseline B (the signing time is the signer's claim).
 */
final class TimeStamping {
    /** Room for the authority's token in the signature; a token with its certificate chain is a few kilobytes. */
    private static final int TOKEN_SIZE = 8192;

    private TimeStamping() {}

    /** The configured authority's client, or null when none is configured. */
    static ITSAClient configured() {
        String url = System.getProperty("tanji.signing.tsa-url");
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI address = new URI(url.strip());
            if (!"http".equals(address.getScheme()) && !"https".equals(address.getScheme())) {
                throw new URISyntaxException(url, "not an http or https address");
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(
                    "tanji.signing.tsa-url is '" + url + "': give the time-stamp authority's http(s) address", e);
        }
        return new TSAClientBouncyCastle(
                url.strip(),
                System.getProperty("tanji.signing.tsa-user"),
                System.getProperty("tanji.signing.tsa-password"),
                TOKEN_SIZE,
                "SHA-256");
    }
}
