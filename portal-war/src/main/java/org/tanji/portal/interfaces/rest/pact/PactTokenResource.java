package org.tanji.portal.interfaces.rest.pact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tanji.portal.application.pact.ClientAccess;

/**
 * PACT Action Authenticate: OAuth2 client credentials (RFC 6749 §4.4) with the client's id and secret as HTTP Basic;
 * errors as RFC 6749 §5.2 says ({@code invalid_client} 401, {@code invalid_request} and
 * {@code unsupported_grant_type} 400).
 */
@Path("pact/auth/token")
@RequestScoped
public class PactTokenResource {
    @Inject
    ClientAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@HeaderParam("Authorization") String authorization, @FormParam("grant_type") String grant) {
        if (!"client_credentials".equals(grant)) {
            return error(400, "unsupported_grant_type", "only grant_type=client_credentials is offered");
        }
        String[] credentials = basic(authorization);
        if (credentials == null) {
            return error(401, "invalid_client", "send the client id and secret as HTTP Basic authentication");
        }
        return access.authenticate(credentials[0], credentials[1])
                .map(t -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("access_token", t.accessToken());
                    body.put("token_type", "bearer");
                    body.put("expires_in", t.expiresInSeconds());
                    return Response.ok(body, MediaType.APPLICATION_JSON)
                            .header("Cache-Control", "no-store")
                            .build();
                })
                .orElseGet(() -> error(401, "invalid_client", "Authentication failed"));
    }

    /** Client id and secret from {@code Basic base64(id:secret)}, form-decoded as RFC 6749 §2.3.1 asks; else null. */
    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String[] pair = new String(
                            Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8)
                    .split(":", 2);
            if (pair.length != 2) {
                return null;
            }
            return new String[] {
                java.net.URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response error(int status, String error, String description) {
        Response.ResponseBuilder r = Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "error_description", description))
                .header("Cache-Control", "no-store");
        if (status == 401) {
            r.header("WWW-Authenticate", "Basic realm=\"tanji-pact\"");
        }
        return r.build();
    }
}
