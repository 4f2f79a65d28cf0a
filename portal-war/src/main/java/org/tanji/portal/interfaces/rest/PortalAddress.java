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

    /**
     * The PACT API's root over HTTPS as customers call it: {@code tanji.pact.url}, or this request's host on the
     * server's HTTPS port.
     */
    static String pact(UriInfo uri) {
        String configured = System.getProperty("tanji.pact.url");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        int port = Integer.getInteger("jboss.https.port", 8443)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = uri.getBaseUri().getHost();
        return "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
                + uri.getBaseUri().getPath().replaceFirst("/$", "") + "/pact";
    }
}
