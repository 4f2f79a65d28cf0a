package org.tanji.portal.application.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tanji.portal.application.BoundedCache;
import org.tanji.portal.application.StoredJson;
import org.tanji.portal.domain.model.exchange.ApiClient;
import org.tanji.portal.domain.model.exchange.ExchangeRepository;
import org.tanji.portal.domain.model.exchange.PublishedFootprint;
import org.tanji.portal.domain.model.workflow.CertificateRepository;

/**
 * The footprints an API client may see — those of the products its exporter granted it, nothing else — listed
 * with the specification's filters, or one by id. Each is served as published, with its status as of now:
 * {@code Active} while it is its product's newest footprint and its certificate is valid, else {@code Deprecated}.
 */
@ApplicationScoped
public class ClientFootprints {
    @Inject
    ExchangeRepository exchange;

    @Inject
    CertificateRepository certificates;

    /**
     * The specification's ListFootprints criteria; within one criterion any value matches (OR), across criteria all
     * must (AND). Ids, classifications and geographies match ignoring case; a country matches its subdivisions.
     */
    public record Filter(
            List<String> productIds,
            List<String> companyIds,
            List<String> geographies,
            List<String> classifications,
            Instant validOn,
            Instant validAfter,
            Instant validBefore,
            String status) {
        public static final Filter NONE =
                new Filter(List.of(), List.of(), List.of(), List.of(), null, null, null, null);
    }

    /** One page of footprints and whether more follow. */
    public record Page(List<ObjectNode> data, boolean more) {}

    /** Published documents never change: each is parsed once and kept (about 4 KB each). */
    private final BoundedCache<String, JsonNode> documents =
            new BoundedCache<>(20_000, d -> 1, java.time.Duration.ofHours(6));

    @Transactional
    public Page list(ApiClient client, Filter filter, int offset, int limit) {
        List<PublishedFootprint> visible = visible(client);
        java.util.Map<String, org.tanji.portal.domain.model.workflow.CertificateState> states = certificates.statesOf(
                visible.stream().map(PublishedFootprint::certificateNumber).toList());
        List<ObjectNode> matching = new ArrayList<>();
        for (PublishedFootprint f : visible) {
            var state = states.get(f.certificateNumber());
            ObjectNode pf = served(f, state != null && state.valid());
            if (matches(pf, filter)) {
                matching.add(pf);
            }
        }
        int from = Math.min(offset, matching.size());
        int to = Math.min(from + limit, matching.size());
        return new Page(matching.subList(from, to), to < matching.size());
    }

    /** The footprint, if the client may see it: else empty, whether or not it exists (no hint either way). */
    @Transactional
    public Optional<ObjectNode> get(ApiClient client, String id) {
        return exchange.footprint(id)
                .filter(f -> f.ownerOrganisationId() == client.ownerOrganisationId())
                .filter(f -> client.products().contains(f.productId()))
                .map(f -> served(
                        f,
                        certificates
                                .find(f.certificateNumber())
                                .map(c -> c.state().valid())
                                .orElse(false)));
    }

    private List<PublishedFootprint> visible(ApiClient client) {
        return exchange.footprintsOf(client.products()).stream()
                .filter(f -> f.ownerOrganisationId() == client.ownerOrganisationId())
                .toList();
    }

    /** The stored document with {@code status} after {@code created}, as the specification orders it. */
    private ObjectNode served(PublishedFootprint f, boolean valid) {
        JsonNode stored = documents.get(f.id(), id -> StoredJson.tree(f.document()));
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        stored.fields().forEachRemaining(e -> {
            out.set(e.getKey(), e.getValue());
            if (e.getKey().equals("created")) {
                out.put("status", f.supersededBy() == null && valid ? "Active" : "Deprecated");
            }
        });
        return out;
    }

    private static boolean matches(ObjectNode pf, Filter f) {
        JsonNode pcf = pf.path("pcf");
        if (!anyOf(f.productIds(), pf.path("productIds"))
                || !anyOf(f.companyIds(), pf.path("companyIds"))
                || !anyOf(f.classifications(), pf.path("productClassifications"))) {
            return false;
        }
        if (!f.geographies().isEmpty() && !f.geographies().stream().anyMatch(g -> within(pcf, g))) {
            return false;
        }
        if (f.status() != null && !f.status().equalsIgnoreCase(pf.path("status").asText())) {
            return false;
        }
        Instant start = validityStart(pf);
        Instant end = validityEnd(pf);
        if (f.validOn() != null && (f.validOn().isBefore(start) || f.validOn().isAfter(end))) {
            return false;
        }
        if (f.validAfter() != null && !start.isAfter(f.validAfter())) {
            return false;
        }
        return f.validBefore() == null || end.isBefore(f.validBefore());
    }

    private static boolean anyOf(List<String> wanted, JsonNode values) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (JsonNode v : values) {
            for (String w : wanted) {
                if (w.equalsIgnoreCase(v.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean within(JsonNode pcf, String geography) {
        String g = geography.toUpperCase(Locale.ROOT);
        String country = pcf.path("geographyCountry").asText("").toUpperCase(Locale.ROOT);
        String subdivision = pcf.path("geographyCountrySubdivision").asText("").toUpperCase(Locale.ROOT);
        String region = pcf.path("geographyRegionOrSubregion").asText("").toUpperCase(Locale.ROOT);
        return g.equals(country) || g.equals(subdivision) || subdivision.startsWith(g + "-") || g.equals(region);
    }

    /** The validity period's start; without one, the reference period's end (the specification's default). */
    private static Instant validityStart(JsonNode pf) {
        return pf.hasNonNull("validityPeriodStart")
                ? Instant.parse(pf.path("validityPeriodStart").asText())
                : Instant.parse(pf.path("pcf").path("referencePeriodEnd").asText());
    }

    /** The validity period's end; without one, 3 years after the reference period's end. */
    private static Instant validityEnd(JsonNode pf) {
        return pf.hasNonNull("validityPeriodEnd")
                ? Instant.parse(pf.path("validityPeriodEnd").asText())
                : Instant.parse(pf.path("pcf").path("referencePeriodEnd").asText())
                        .atZone(ZoneOffset.UTC)
                        .plusYears(3)
                        .toInstant();
    }
}
