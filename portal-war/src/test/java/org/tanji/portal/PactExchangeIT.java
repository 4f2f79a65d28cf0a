package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PACT v3 API over HTTPS (WildFly's HTTPS listener with its self-signed development certificate), case by case
 * as the specification's conformance tests check it: tokens with valid and invalid credentials and through the
 * OpenID configuration, get one footprint, list, pagination, each filter and invalid filters, invalid and expired
 * tokens, an unknown id, plain HTTP refused, events; and access across two customers of one exporter — each sees
 * only the products granted to it, and a footprint it may not see is answered as if it did not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PactExchangeIT {
    static final int HTTPS_PORT = PactCalls.HTTPS_PORT;

    @ArquillianResource
    URL url;

    URI base;
    URI secure;
    HttpClient https;
    Accounts accounts;
    Api exporter;
    long exporterOrganisation;
    CertificationPath path;
    GridDataset grid;
    String run;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @BeforeEach
    void setUp() throws Exception {
        base = url.toURI();
        secure = PactCalls.secure(base);
        https = PactCalls.client();
        Api admin = Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD);
        accounts = new Accounts(base, admin);
        run = UUID.randomUUID().toString().substring(0, 8);
        exporterOrganisation = accounts.organisation("Fujian Aluminium " + run, "EXPORTER");
        exporter = accounts.user("pa-fay-" + run, "EXPORTER", exporterOrganisation);
        long body = accounts.organisation("PACT Certification " + run, "CERTIFICATION_BODY");
        path = new CertificationPath(
                exporter,
                body,
                accounts.user("pa-vic-" + run, "VERIFIER", body),
                accounts.user("pa-rex-" + run, "REVIEWER", body),
                accounts.user("pa-dee-" + run, "DECISION_MAKER", body));
        grid = new GridDataset("grid-" + run);
        assertEquals(201, grid.load(admin, "2022", GridDataset.EARLIER).status());
    }

    @Test
    void theSpecificationsConformanceCasesPass() throws Exception {
        String gtin = "urn:gtin:0690" + run.replaceAll("[^0-9]", "1").substring(0, 6) + "92";
        long profile = certifiedAndDeclared("Window profile " + run, gtin, "CN-FJ");
        long frame = certifiedAndDeclared("Door frame " + run, "urn:gtin:0690111111" + run.hashCode(), "CN");
        Client customer = client("Rotterdam Windows BV", Set.of(profile, frame));

        // TC 1, 2: a token with valid credentials, none with invalid ones
        String token = customer.token();
        HttpResponse<String> wrong = tokenRequest(customer.id, "not-the-secret", secure.resolve("api/pact/auth/token"));
        assertTrue(wrong.statusCode() == 400 || wrong.statusCode() == 401, wrong.body());
        assertEquals("invalid_client", json(wrong).path("error").asText());

        // TC 18, 19: through the OpenID Provider Configuration Document
        JsonNode discovery = json(get("api/pact/.well-known/openid-configuration", null));
        URI tokenEndpoint = URI.create(discovery.path("token_endpoint").asText());
        assertEquals("https", tokenEndpoint.getScheme());
        assertEquals(
                200, tokenRequest(customer.id, customer.secret, tokenEndpoint).statusCode());
        assertEquals(401, tokenRequest(customer.id, "wrong", tokenEndpoint).statusCode());

        // TC 4: all footprints (two products, one footprint each), every one Active
        JsonNode all = json(get("api/pact/3/footprints", token));
        assertEquals(2, all.path("data").size(), all.toString());
        for (JsonNode pf : all.path("data")) {
            assertEquals("Active", pf.path("status").asText());
            assertEquals("3.0.0", pf.path("specVersion").asText());
            assertEquals("urn:pact:uscc:", pf.path("companyIds").get(0).asText().substring(0, 14));
        }
        // TC 3: one by id
        String id = all.path("data").get(0).path("id").asText();
        JsonNode one = json(get("api/pact/3/footprints/" + id, token));
        assertEquals(id, one.path("data").path("id").asText());
        // the figures are the certificate's: 1,000 kWh × 0.5703 kg CO2/kWh, all fossil
        assertEquals(
                "570.3", one.path("data").path("pcf").path("fossilGhgEmissions").asText());
        assertEquals(
                "570.3",
                one.path("data").path("pcf").path("pcfExcludingBiogenicUptake").asText());

        // TC 5: pagination by Link, absolute, on the host called, usable more than once
        HttpResponse<String> first = get("api/pact/3/footprints?limit=1", token);
        assertEquals(1, json(first).path("data").size());
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.endsWith(">; rel=\"next\""), link);
        URI next = URI.create(link.substring(1, link.indexOf('>')));
        assertTrue(next.isAbsolute() && next.getScheme().equals("https") && next.getPort() == HTTPS_PORT, link);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> second = send(HttpRequest.newBuilder(next).GET(), token);
            assertEquals(1, json(second).path("data").size());
            assertNotEquals(
                    json(first).path("data").get(0).path("id"),
                    json(second).path("data").get(0).path("id"));
            assertTrue(second.headers().firstValue("Link").isEmpty(), "no further page");
        }

        // TC 20–35: each filter matches what it names and nothing else
        assertEquals(1, count("productId=" + enc(gtin), token));
        assertEquals(1, count("productId=" + enc(gtin.toUpperCase()), token), "ids match ignoring case");
        assertEquals(0, count("productId=urn:bogus:product:" + run, token));
        String company = all.path("data").get(0).path("companyIds").get(0).asText();
        assertEquals(2, count("companyId=" + enc(company), token));
        assertEquals(2, count("companyId=" + enc(company) + "&companyId=urn:x:" + run, token), "values are ORed");
        assertEquals(0, count("companyId=urn:bogus:company:" + run, token));
        assertEquals(2, count("geography=CN", token), "a country holds its subdivisions");
        assertEquals(1, count("geography=CN-FJ", token));
        assertEquals(0, count("geography=XX", token));
        assertEquals(2, count("classification=" + enc("urn:pact:productclassification:un-cpc:41532"), token));
        assertEquals(0, count("classification=urn:bogus:classification:" + run, token));
        String validFrom = one.path("data").path("validityPeriodStart").asText();
        assertEquals(2, count("validOn=" + enc(validFrom), token));
        assertEquals(0, count("validOn=1900-01-01T00:00:00Z", token));
        assertEquals(2, count("validAfter=2000-01-01T00:00:00Z", token));
        assertEquals(0, count("validAfter=2999-01-01T00:00:00Z", token));
        assertEquals(2, count("validBefore=2999-01-01T00:00:00Z", token));
        assertEquals(0, count("validBefore=2000-01-01T00:00:00Z", token));
        assertEquals(2, count("status=Active", token));
        assertEquals(0, count("status=Deprecated", token));
        assertEquals(1, count("status=Active&productId=" + enc(gtin), token), "criteria are ANDed");
        // invalid filters and limits
        for (String bad : List.of("status=Gone", "validOn=yesterday", "limit=0", "limit=ten", "offset=-1")) {
            HttpResponse<String> r = get("api/pact/3/footprints?" + bad, token);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertEquals("BadRequest", json(r).path("code").asText(), bad);
        }

        // TC 6, 7, 16: an invalid token; TC 8: an unknown id
        for (String p : List.of("api/pact/3/footprints", "api/pact/3/footprints/" + id)) {
            HttpResponse<String> r = get(p, "very-invalid-access-token-" + run);
            assertEquals(400, r.statusCode(), p);
            assertEquals("BadRequest", json(r).path("code").asText());
            assertEquals(400, get(p, null).statusCode(), "no token at all");
        }
        HttpResponse<String> unknown = get("api/pact/3/footprints/" + UUID.randomUUID(), token);
        assertEquals(404, unknown.statusCode());
        assertEquals("NotFound", json(unknown).path("code").asText());
        assertEquals(
                404,
                get("api/pact/3/footprints/random-string-as-id-" + run, token).statusCode());

        // TC 9, 10, 11, 17: plain HTTP returns neither a token nor footprints
        HttpResponse<String> plainToken =
                tokenRequest(customer.id, customer.secret, base.resolve("api/pact/auth/token"));
        assertTrue(plainToken.statusCode() >= 400, plainToken.body());
        assertFalse(plainToken.body().contains("access_token"));
        for (String p : List.of("api/pact/3/footprints", "api/pact/3/footprints/" + id)) {
            HttpResponse<String> plain = https.send(
                    HttpRequest.newBuilder(base.resolve(p))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(plain.statusCode() >= 400, p);
            assertFalse(plain.body().contains("\"data\""), p);
        }

        // TC 15, 16, 17: events — a supplier's notice is kept; an invalid token and plain HTTP are refused
        String event = Api.JSON.writeValueAsString(Map.of(
                "type", "org.wbcsd.pact.ProductFootprint.PublishedEvent.3",
                "specversion", "1.0",
                "id", UUID.randomUUID().toString(),
                "source", "//buyer.example/3/events",
                "time", "2026-12-06T00:00:00Z",
                "data", Map.of("pfIds", List.of(id))));
        HttpResponse<String> posted = postEvent(secure.resolve("api/pact/3/events"), event, token);
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().isEmpty(), "an accepted event is answered with an empty body");
        HttpResponse<String> invalid = postEvent(secure.resolve("api/pact/3/events"), event, "invalid-" + run);
        assertEquals(400, invalid.statusCode());
        assertEquals("BadRequest", json(invalid).path("code").asText());
        assertFalse(postEvent(base.resolve("api/pact/3/events"), event, token)
                .body()
                .contains("\"data\""));
        // TC 12 without a registered answer address: refused at once, as the specification allows
        String request = Api.JSON.writeValueAsString(Map.of(
                "type", "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3",
                "specversion", "1.0",
                "id", UUID.randomUUID().toString(),
                "source", "//buyer.example/3/events",
                "time", "2026-12-06T00:00:00Z",
                "data", Map.of("productId", List.of(gtin))));
        HttpResponse<String> unanswerable = postEvent(secure.resolve("api/pact/3/events"), request, token);
        assertEquals(400, unanswerable.statusCode(), unanswerable.body());
        for (String broken : List.of(
                "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"//a/b\",\"data\":{}}",
                event.replace("PublishedEvent.3", "SomethingElse.3"),
                event.replace("\"1.0\"", "\"0.3\""))) {
            HttpResponse<String> r = postEvent(secure.resolve("api/pact/3/events"), broken, token);
            assertEquals(400, r.statusCode(), broken);
            assertEquals("BadRequest", json(r).path("code").asText());
        }

        // an expired token (the tests' tokens last 10 seconds) is TokenExpired, 401
        Thread.sleep(10_500);
        HttpResponse<String> expired = get("api/pact/3/footprints", token);
        assertEquals(401, expired.statusCode(), expired.body());
        assertEquals("TokenExpired", json(expired).path("code").asText());
    }

    @Test
    void eachCustomerSeesOnlyWhatItWasGrantedAndAReplacedFootprintIsDeprecated() throws Exception {
        long mine = certifiedAndDeclared("Curtain wall " + run, "urn:gtin:06901" + Math.abs(run.hashCode()), "CN-FJ");
        long theirs = certifiedAndDeclared("Louvre " + run, "urn:gtin:06902" + Math.abs(run.hashCode()), "CN-FJ");
        Client alice = client("Alice Facades GmbH", Set.of(mine));
        Client bob = client("Bob Bouw BV", Set.of(theirs));
        JsonNode aliceSees = json(get("api/pact/3/footprints", alice.token())).path("data");
        JsonNode bobSees = json(get("api/pact/3/footprints", bob.token())).path("data");
        assertEquals(1, aliceSees.size());
        assertEquals(1, bobSees.size());
        String bobsId = bobSees.get(0).path("id").asText();
        HttpResponse<String> peek = get("api/pact/3/footprints/" + bobsId, alice.token());
        assertEquals(404, peek.statusCode(), "a footprint Alice may not see is answered as if it did not exist");
        assertEquals(
                json(get("api/pact/3/footprints/" + UUID.randomUUID(), alice.token()))
                        .toString(),
                json(peek).toString(),
                "word for word the answer for an id that does not exist");

        // a renewal of Alice's product publishes a new footprint naming the old one, which is now deprecated
        String old = aliceSees.get(0).path("id").asText();
        String number = exporter.get("/api/products/" + mine + "/progress")
                .json()
                .path("certificate")
                .path("number")
                .asText();
        path.certify(mine, number);
        JsonNode now = waitFor(alice, 2);
        JsonNode newest = null;
        for (JsonNode pf : now) {
            if (!pf.path("id").asText().equals(old)) {
                newest = pf;
            }
        }
        assertEquals("Active", newest.path("status").asText());
        assertEquals(List.of(old), List.of(newest.path("precedingPfIds").get(0).asText()));
        assertEquals(
                "Deprecated",
                json(get("api/pact/3/footprints/" + old, alice.token()))
                        .at("/data/status")
                        .asText());
        assertEquals(1, count("status=Deprecated", alice.token()));

        // disabling a customer ends its access at once
        assertEquals(
                200,
                exporter.put("/api/pact-clients/" + alice.key + "/status", Map.of("enabled", false), null)
                        .status());
        assertEquals(400, get("api/pact/3/footprints", alice.lastToken).statusCode());
        // a customer may be granted only the exporter's own products
        Api other = accounts.user("pa-oz-" + run, "EXPORTER", accounts.organisation("Other " + run, "EXPORTER"));
        Api.Reply foreign = other.put(
                "/api/pact-clients/"
                        + other.post("/api/pact-clients", Map.of("name", "Sneaky"))
                                .json()
                                .path("client")
                                .path("id")
                                .asLong()
                        + "/products",
                Map.of("productIds", List.of(mine)),
                null);
        assertEquals(400, foreign.status(), foreign.body());
        assertEquals("productIds", foreign.json().at("/errors/0/field").asText());
    }

    @Test
    void aSuppliersFootprintBecomesPrimaryDataNamedInEveryTrailLine() throws Exception {
        long billet = certifiedAndDeclared("Billet " + run, "urn:gtin:06903" + Math.abs(run.hashCode()), "CN-FJ");
        Client customer = client("Xiamen Windows", Set.of(billet));
        JsonNode supplied = json(get("api/pact/3/footprints", customer.token()))
                .path("data")
                .get(0);
        // the customer is an exporter on the portal too: the supplier's footprint becomes its primary data
        Api buyer =
                accounts.user("pa-win-" + run, "EXPORTER", accounts.organisation("Xiamen Windows " + run, "EXPORTER"));
        Api.Reply imported = buyer.post("/api/own-factors/pact", Map.of("data", supplied));
        assertEquals(201, imported.status(), imported.body());
        JsonNode factor = imported.json().path("factor");
        assertEquals("piece", factor.path("unit").asText());
        assertEquals(570.3, factor.path("co2e").path("fossil").asDouble(), 1e-9, "1,000 kWh × 0.5703 per piece");
        assertTrue(factor.path("primary").asBoolean());
        assertEquals(0, imported.json().path("warnings").size(), imported.body());
        String source = factor.path("source").asText();
        assertTrue(source.contains(supplied.path("id").asText()) && source.contains("Fujian Aluminium " + run), source);

        // two billets in a window: the trail names the supplier's footprint
        Map<String, Object> model = new LinkedHashMap<>(grid.model(0));
        Map<String, Object> activity = Map.of(
                "type",
                "material",
                "id",
                "aluminium billets",
                "factor",
                factor.path("id").asText(),
                "amount",
                Map.of("value", 2, "unit", "piece"));
        model.put(
                "parts",
                List.of(Map.of(
                        "id", "press", "unit", "piece", "components", List.of(), "activities", List.of(activity))));
        model.put("factors", List.of(Api.JSON.convertValue(factor, Map.class)));
        Api.Reply window = buyer.post("/api/products", Map.of("name", "Window " + run, "model", model));
        assertEquals(201, window.status(), window.body());
        long id = window.json().path("id").asLong();
        assertEquals(201, buyer.post("/api/products/" + id + "/versions", null).status());
        Api.Reply calculated = buyer.post("/api/products/" + id + "/versions/1/calculations", null);
        assertEquals(201, calculated.status(), calculated.body());
        assertEquals(1140.6, calculated.json().path("totalKgCo2e").asDouble(), 1e-9);
        JsonNode result = buyer.get(
                        "/api/calculations/" + calculated.json().path("id").asLong() + "/result")
                .json();
        JsonNode line = result.path("lines").get(0);
        assertTrue(line.toString().contains(supplied.path("id").asText()), line.toString());
        assertTrue(line.path("primaryData").asBoolean(), line.toString());

        // a v2.x footprint is mapped to v3, each difference said; one that does not conform is refused by name
        Map<String, Object> v2pcf = new LinkedHashMap<>();
        v2pcf.put("declaredUnit", "kilogram");
        v2pcf.put("unitaryProductAmount", "2");
        v2pcf.put("pCfExcludingBiogenic", "3.6");
        v2pcf.put("pCfIncludingBiogenic", "3.0");
        v2pcf.put("fossilGhgEmissions", "3.2");
        v2pcf.put("fossilCarbonContent", "0.6");
        v2pcf.put("dLucGhgEmissions", "0.4");
        v2pcf.put("biogenicCarbonWithdrawal", "-1.0");
        v2pcf.put("characterizationFactors", "AR5");
        v2pcf.put("crossSectoralStandardsUsed", List.of("ISO Standard 14067"));
        v2pcf.put("referencePeriodStart", "2023-01-01T00:00:00Z");
        v2pcf.put("referencePeriodEnd", "2024-01-01T00:00:00Z");
        v2pcf.put("exemptedEmissionsPercent", 0);
        v2pcf.put("assurance", Map.of("assurance", false));
        Map<String, Object> v2 = new LinkedHashMap<>();
        v2.put("id", UUID.randomUUID().toString());
        v2.put("specVersion", "2.0.0");
        v2.put("version", 1);
        v2.put("created", "2024-03-01T00:00:00Z");
        v2.put("status", "Active");
        v2.put("companyName", "Zhejiang Resins");
        v2.put("companyIds", List.of("urn:pact:uscc:91330000MA2XXXXX2Y"));
        v2.put("productDescription", "PET resin");
        v2.put("productIds", List.of("urn:gtin:06901234000024"));
        v2.put("productNameCompany", "PET BG-80");
        v2.put("pcf", v2pcf);
        Api.Reply fromV2 = buyer.post("/api/own-factors/pact", v2);
        assertEquals(201, fromV2.status(), fromV2.body());
        assertEquals("2.0.0", fromV2.json().path("specVersion").asText());
        assertTrue(fromV2.json().path("differences").size() >= 5, fromV2.body());
        // per kg of 2 kg: 3.0 / 2 in all
        double total = 0;
        for (JsonNode v : fromV2.json().path("factor").path("co2e")) {
            total += v.asDouble();
        }
        assertEquals(1.5, total, 1e-12);
        v2pcf.remove("fossilGhgEmissions");
        Api.Reply refused = buyer.post("/api/own-factors/pact", v2);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(
                "footprint.pcf.fossilGhgEmissions",
                refused.json().at("/errors/0/field").asText());
    }

    @Test
    void eventsTravelBetweenTwoExportersOnThePortalWithTheirAnswers() throws Exception {
        String gtin = "urn:gtin:06904" + Math.abs(run.hashCode());
        long billet = certifiedAndDeclared("Billet " + run, gtin, "CN-FJ");
        Client buyerAtSupplier = client("Xiamen Windows", Set.of(billet));
        // the buyer is an exporter on the portal too, with a PACT API of its own: it lets the supplier send it events
        Api buyer =
                accounts.user("pa-buy-" + run, "EXPORTER", accounts.organisation("Xiamen Windows " + run, "EXPORTER"));
        Api.Reply supplierAtBuyer = buyer.post("/api/pact-clients", Map.of("name", "Fujian Aluminium (supplier)"));
        assertEquals(201, supplierAtBuyer.status(), supplierAtBuyer.body());
        Map<String, Object> events = new LinkedHashMap<>();
        events.put("url", secure.resolve("api/pact").toString());
        events.put("clientId", supplierAtBuyer.json().path("clientId").asText());
        events.put("clientSecret", supplierAtBuyer.json().path("clientSecret").asText());
        assertEquals(
                200,
                exporter.put("/api/pact-clients/" + buyerAtSupplier.key + "/events", events, null)
                        .status());
        assertEquals(
                400,
                exporter.put(
                                "/api/pact-clients/" + buyerAtSupplier.key + "/events",
                                Map.of("url", "http://plain.example/api", "clientId", "a", "clientSecret", "b"),
                                null)
                        .status(),
                "events go over HTTPS only");

        // the buyer asks for the billet's footprint; the answer arrives at its own API as a fulfilled event
        String requestId = UUID.randomUUID().toString();
        String source = "//localhost:" + HTTPS_PORT + "/api/pact/3/events";
        HttpResponse<String> asked = postEvent(
                secure.resolve("api/pact/3/events"), request(requestId, source, gtin), buyerAtSupplier.token());
        assertEquals(200, asked.statusCode(), asked.body());
        JsonNode fulfilled = awaitEvent(buyer, "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3", requestId);
        JsonNode pf = fulfilled.path("event").path("data").path("pfs").get(0);
        assertTrue(pf.path("productIds").toString().contains(gtin), pf.toString());
        assertEquals("1.0", fulfilled.path("event").path("specversion").asText());
        // the same request again (a retry of the buyer's) is accepted and not answered twice
        assertEquals(
                200,
                postEvent(
                                secure.resolve("api/pact/3/events"),
                                request(requestId, source, gtin),
                                buyerAtSupplier.token())
                        .statusCode());
        // a request nothing matches is rejected, by event
        String nothing = UUID.randomUUID().toString();
        postEvent(
                secure.resolve("api/pact/3/events"),
                request(nothing, source, "urn:bogus:" + run),
                buyerAtSupplier.token());
        JsonNode rejected = awaitEvent(buyer, "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3", nothing);
        assertEquals(
                "NotFound",
                rejected.path("event").path("data").path("error").path("code").asText());
        // answers go only to the host registered for the buyer
        HttpResponse<String> elsewhere = postEvent(
                secure.resolve("api/pact/3/events"),
                request(UUID.randomUUID().toString(), "//attacker.example/3/events", gtin),
                buyerAtSupplier.token());
        assertEquals(400, elsewhere.statusCode());

        // a renewal replaces the footprint: the buyer is told by a published event naming the new one
        String number = exporter.get("/api/products/" + billet + "/progress")
                .json()
                .path("certificate")
                .path("number")
                .asText();
        path.certify(billet, number);
        JsonNode published = awaitEvent(buyer, "org.wbcsd.pact.ProductFootprint.PublishedEvent.3", null);
        String newId = published.path("event").path("data").path("pfIds").get(0).asText();
        assertNotEquals(pf.path("id").asText(), newId);
        assertEquals(
                List.of(pf.path("id").asText()),
                List.of(json(get("api/pact/3/footprints/" + newId, buyerAtSupplier.token()))
                        .at("/data/precedingPfIds/0")
                        .asText()));
        // the supplier sees each event delivered
        JsonNode sent = exporter.get("/api/pact-clients/" + buyerAtSupplier.key + "/events")
                .json();
        assertEquals(3, sent.size(), sent.toString());
        for (JsonNode e : sent) {
            assertFalse(e.path("deliveredAt").isNull(), e.toString());
        }

        // the buyer asks from its own side: the request leaves through its outbox, the answer returns to it, and one
        // of the answer's footprints becomes its primary data
        long supplierKey = supplierAtBuyer.json().path("client").path("id").asLong();
        Map<String, Object> supplierApi = new LinkedHashMap<>();
        supplierApi.put("url", secure.resolve("api/pact").toString());
        supplierApi.put("clientId", buyerAtSupplier.id);
        supplierApi.put("clientSecret", buyerAtSupplier.secret);
        assertEquals(
                200,
                buyer.put("/api/pact-clients/" + supplierKey + "/events", supplierApi, null)
                        .status());
        Api.Reply asking = buyer.post(
                "/api/pact-clients/" + supplierKey + "/requests",
                Map.of("productId", List.of(gtin), "comment", "For our window's EPD, please."));
        assertEquals(202, asking.status(), asking.body());
        String asked2 = asking.json().path("eventId").asText();
        JsonNode answer = awaitEvent(buyer, "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3", asked2);
        assertEquals(
                newId,
                answer.path("event").path("data").path("pfs").get(0).path("id").asText(),
                "the newest");
        Api.Reply used = buyer.post(
                "/api/pact-events/" + supplierKey + "/" + answer.path("eventId").asText() + "/import", null);
        assertEquals(201, used.status(), used.body());
        assertTrue(used.json().path("factor").path("source").asText().contains(newId), used.body());
        assertEquals(
                400,
                buyer.post("/api/pact-clients/" + supplierKey + "/requests", Map.of("comment", "anything?"))
                        .status(),
                "a request names what it asks for");
    }

    private static String request(String id, String source, String productId) throws Exception {
        return Api.JSON.writeValueAsString(Map.of(
                "type",
                "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3",
                "specversion",
                "1.0",
                "id",
                id,
                "source",
                source,
                "time",
                "2026-12-06T00:00:00Z",
                "data",
                Map.of("productId", List.of(productId), "comment", "Please send the current PCF.")));
    }

    /** Waits for an event of {@code type} (answering {@code requestId}, if given) among those the buyer received. */
    private static JsonNode awaitEvent(Api receiver, String type, String requestId) throws Exception {
        for (int i = 0; i < 150; i++) {
            for (JsonNode e : receiver.get("/api/pact-events").json()) {
                if (e.path("type").asText().equals(type)
                        && (requestId == null
                                || requestId.equals(e.path("event")
                                        .path("data")
                                        .path("requestEventId")
                                        .asText()))) {
                    return e;
                }
            }
            Thread.sleep(200); // delivered within a second or two: the tests' delivery runs every second
        }
        throw new AssertionError("no " + type + " arrived");
    }

    /** A product certified with a grid-electricity model and declared for exchange; its footprint published. */
    private long certifiedAndDeclared(String name, String gtin, String geography) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("model", grid.model(1000));
        Api.Reply created = exporter.post("/api/products", p);
        long id = created.json().get("id").asLong();
        assertEquals(
                201, exporter.post("/api/products/" + id + "/versions", null).status());
        assertEquals(
                201,
                exporter.post("/api/products/" + id + "/versions/1/calculations", null)
                        .status());
        path.certify(id, null);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("productMassPerDeclaredUnit", "2.5");
        profile.put("productIds", List.of(gtin));
        profile.put("productClassifications", List.of("urn:pact:productclassification:un-cpc:41532"));
        profile.put("geography", geography);
        profile.put("fossilCarbonContent", "0");
        Api.Reply declared = exporter.put("/api/products/" + id + "/exchange", profile, null);
        assertEquals(200, declared.status(), declared.body());
        assertEquals(1, declared.json().path("footprints").size(), declared.body());
        return id;
    }

    /** A customer registered as a client of the exporter and granted these products. */
    private Client client(String name, Set<Long> products) throws Exception {
        Api.Reply r = exporter.post("/api/pact-clients", Map.of("name", name));
        assertEquals(201, r.status(), r.body());
        long key = r.json().path("client").path("id").asLong();
        assertEquals(
                200,
                exporter.put("/api/pact-clients/" + key + "/products", Map.of("productIds", products), null)
                        .status());
        return new Client(
                key,
                r.json().path("clientId").asText(),
                r.json().path("clientSecret").asText());
    }

    private final class Client {
        final long key;
        final String id;
        final String secret;
        String lastToken;

        Client(long key, String id, String secret) {
            this.key = key;
            this.id = id;
            this.secret = secret;
        }

        String token() throws Exception {
            HttpResponse<String> r = tokenRequest(id, secret, secure.resolve("api/pact/auth/token"));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = json(r);
            assertEquals("bearer", body.path("token_type").asText().toLowerCase());
            lastToken = body.path("access_token").asText();
            return lastToken;
        }
    }

    private JsonNode waitFor(Client c, int footprints) throws Exception {
        for (int i = 0; i < 100; i++) {
            JsonNode data = json(get("api/pact/3/footprints", c.token())).path("data");
            if (data.size() >= footprints) {
                return data;
            }
            Thread.sleep(100); // the new certificate is published just after it is committed
        }
        throw new AssertionError("the renewal's footprint was not published");
    }

    private int count(String query, String token) throws Exception {
        HttpResponse<String> r = get("api/pact/3/footprints?" + query, token);
        assertEquals(200, r.statusCode(), query + ": " + r.body());
        return json(r).path("data").size();
    }

    private HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
        return send(HttpRequest.newBuilder(secure.resolve(pathAndQuery)).GET(), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String token) throws Exception {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return https.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> tokenRequest(String clientId, String secret, URI endpoint) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((enc(clientId) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8));
        return https.send(
                HttpRequest.newBuilder(endpoint)
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postEvent(URI endpoint, String event, String token) throws Exception {
        return https.send(
                HttpRequest.newBuilder(endpoint)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(event))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Api.JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
