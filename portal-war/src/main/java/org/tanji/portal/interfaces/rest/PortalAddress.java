package org.tanji.portal.interfaces.rest;

import jakarta.ws.rs.core.UriInfo;

/** The portal's address in what it hands out (QR codes, e-mailed links): {@code tanji.public-url}, or the request's. */
final class PortalAddress {
    private PortalAddress() {}

    static String of(UriInfo uri) {
        String configured = System.getProperty("tanji.public-url");
        return configured == null || configured.isBlank()
                ? uri.getBaseUri().resolve("..").toString() // the portal's root, above /api/
                : configured;
    }
}
