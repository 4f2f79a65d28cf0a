package org.tanji.portal.interfaces.rest.pact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.tanji.portal.application.pact.ClientAccess;
import org.tanji.portal.application.pact.ClientFootprints;
import org.tanji.portal.domain.model.exchange.ApiClient;

/**
 * PACT Actions ListFootprints and GetFootprint. A list is filtered by the specification's criteria and cut into
 * pages of {@code limit} (default {@value #DEFAULT_LIMIT}); a further page is announced by {@code Link: <…>;
 * rel="next"}, an absolute URL on the host the client called, which stays valid (it names the offset).
 */
@Path("pact/3/footprints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PactFootprintResource {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    ClientAccess access;

    @Inject
    ClientFootprints footprints;

    @Context
    UriInfo uri;

    @GET
    public Response list(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset,
            @QueryParam("productId") List<String> productIds,
            @QueryParam("companyId") List<String> companyIds,
            @QueryParam("geography") List<String> geographies,
            @QueryParam("classification") List<String> classifications,
            @QueryParam("validOn") String validOn,
            @QueryParam("validAfter") String validAfter,
            @QueryParam("validBefore") String validBefore,
            @QueryParam("status") String status) {
        ApiClient client = client(access, authorization);
        int size = count("limit", limit, DEFAULT_LIMIT, 1);
        int from = count("offset", offset, 0, 0);
        if (status != null && !status.equalsIgnoreCase("Active") && !status.equalsIgnoreCase("Deprecated")) {
            throw PactError.badRequest("status must be Active or Deprecated, not " + status);
        }
        ClientFootprints.Page page = footprints.list(
                client,
                new ClientFootprints.Filter(
                        productIds,
                        companyIds,
                        geographies,
                        classifications,
                        instant("validOn", validOn),
                        instant("validAfter", validAfter),
                        instant("validBefore", validBefore),
                        status),
                from,
                Math.min(size, MAX_LIMIT));
        Response.ResponseBuilder r = Response.ok(Map.of("data", page.data()));
        if (page.more()) {
            String next = uri.getRequestUriBuilder()
                    .replaceQueryParam("offset", from + page.data().size())
                    .replaceQueryParam("limit", size)
                    .build()
                    .toString();
            r.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return r.build();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
        ApiClient client = client(access, authorization);
        return Map.of("data", footprints.get(client, id).orElseThrow(PactError::notFound));
    }

    /**
     * The client a bearer token belongs to. An expired token is {@code TokenExpired} (401); a missing, unknown or
     * revoked one, or one of a disabled client, {@code BadRequest} (400), as the specification's conformance tests
     * expect.
     */
    static ApiClient client(ClientAccess access, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw PactError.badRequest("send Authorization: Bearer <access token>, from POST /api/pact/auth/token");
        }
        ClientAccess.Check check = access.check(authorization.substring(7).strip());
        if (check instanceof ClientAccess.Valid valid) {
            return valid.client();
        }
        if (check instanceof ClientAccess.Expired) {
            throw PactError.tokenExpired();
        }
        throw PactError.badRequest("the access token is not valid; get one from POST /api/pact/auth/token");
    }

    private static int count(String name, String value, int otherwise, int least) {
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < least) {
                throw PactError.badRequest(name + " must be an integer of at least " + least + ", not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw PactError.badRequest(name + " must be an integer, not " + value);
        }
    }

    /** An RFC 3339 date-time, or a date taken as its first instant in UTC. */
    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw PactError.badRequest(name + " must be a date-time such as 2025-06-30T00:00:00Z, not " + value);
        }
    }
}
