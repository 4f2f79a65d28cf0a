package org.tanji.portal.interfaces.rest.pact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenID Provider Configuration Document the PACT authentication flow reads first: the issuer (the PACT API's
 * root) and its {@code token_endpoint}, with the one grant and client authentication offered.
 */
@Path("pact/.well-known/openid-configuration")
@RequestScoped
public class PactDiscoveryResource {
    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> configuration() {
        String issuer = uri.getBaseUriBuilder().path("pact").build().toString();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer);
        doc.put("token_endpoint", issuer + "/auth/token");
        doc.put("grant_types_supported", List.of("client_credentials"));
        doc.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        doc.put("response_types_supported", List.of("token"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("scopes_supported", List.of("footprint:list", "footprint:read"));
        return doc;
    }
}
