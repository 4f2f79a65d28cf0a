package org.tanji.portal.interfaces.rest.pact;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * The PACT actions are offered over HTTPS only (the specification's "MUST"): a plain-HTTP call is refused before it
 * reaches an action, so it returns no footprint and no token. Behind a proxy that ends TLS, turn on Undertow's
 * proxy-address-forwarding so that the scheme the client used reaches the portal.
 */
@Provider
@PreMatching
public class PactTransport implements ContainerRequestFilter {
    static final String ROOT = "pact/";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!path.startsWith(ROOT)
                || "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())) {
            return;
        }
        String https = "the PACT API is served over HTTPS only: call it with https:// at the portal's HTTPS port";
        request.abortWith(
                path.equals(ROOT + "auth/token")
                        ? Response.status(400)
                                .type(MediaType.APPLICATION_JSON)
                                .entity(Map.of("error", "invalid_request", "error_description", https))
                                .build()
                        : PactError.badRequest(https).response());
    }
}
