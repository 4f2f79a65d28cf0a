package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The certification path through the API, for tests: an exporter's calculated product, its application to a
 * body, and the body's three people taking it to review and to a certificate.
 */
final class CertificationPath {
    static final Path BATTERY = Path.of("../examples/models/lfp-home-battery-5kwh.json");

    private final Api exporter;
    private final long body;
    private final Api verifier;
    private final Api reviewer;
    private final Api decider;

    CertificationPath(Api exporter, long body, Api verifier, Api reviewer, Api decider) {
        this.exporter = exporter;
        this.body = body;
        this.verifier = verifier;
        this.reviewer = reviewer;
        this.decider = decider;
    }

    /** A product of the exporter's with the example battery, frozen as version 1 and calculated. */
    long calculatedProduct(String name) throws Exception {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", name);
        product.put("model", Api.JSON.readTree(Files.readString(BATTERY)));
        Api.Reply created = exporter.post("/api/products", product);
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        assertEquals(
                201, exporter.post("/api/products/" + id + "/versions", null).status());
        assertEquals(
                201,
                exporter.post("/api/products/" + id + "/versions/1/calculations", null)
                        .status());
        return id;
    }

    /** A draft application for the version, renewing {@code renews} if not null. */
    long apply(long product, int version, String renews) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("productId", product);
        request.put("versionNumber", version);
        request.put("certificationBodyId", body);
        if (renews != null) {
            request.put("renews", renews);
        }
        Api.Reply r = exporter.post("/api/applications", request);
        assertEquals(201, r.status(), r.body());
        assertNotNull(r.etag());
        return r.json().get("id").asLong();
    }

    /** An application of the product's version 1 through independent review, waiting for the decision. */
    long reviewed(long product, String renews) throws Exception {
        long id = apply(product, 1, renews);
        step(exporter, id, Map.of("action", "SUBMIT"), 200);
        step(verifier, id, Map.of("action", "ACCEPT"), 200);
        step(verifier, id, Map.of("action", "ISSUE_STATEMENT", "statement", statement()), 200);
        step(reviewer, id, Map.of("action", "START_REVIEW"), 200);
        step(reviewer, id, Map.of("action", "PASS_REVIEW"), 200);
        return id;
    }

    /** The number of the certificate the product's version 1 gets. */
    String certify(long product, String renews) throws Exception {
        long id = reviewed(product, renews);
        return step(decider, id, Map.of("action", "APPROVE", "reason", "ok"), 200)
                .get("certificateNumber")
                .asText();
    }

    static Map<String, Object> statement() {
        return Map.of(
                "assurance", "REASONABLE",
                "criteria", "ISO 14067:2018; GB/T 24067-2024",
                "materialityPercent", 5.0,
                "opinion", "UNMODIFIED",
                "text", "The carbon footprint is fairly stated, in all material respects.");
    }

    static JsonNode step(Api who, long id, Map<String, Object> body, int expected) throws Exception {
        Api.Reply r = who.post("/api/applications/" + id + "/steps", body);
        assertEquals(expected, r.status(), r.body());
        return r.json();
    }
}
