package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.io.ModelJson;

/**
 * Accounts, products, versions and calculations over HTTP: who may do what (every role × every endpoint),
 * organisations kept apart, validation errors with field paths, optimistic locking, a full calculation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductApiIT {
    static final String ADMIN_PASSWORD = "it-admin-password-2026";
    static final Path BATTERY = Path.of("../examples/models/lfp-home-battery-5kwh.json");

    @ArquillianResource
    URL url;

    URI base;
    Api admin;
    Api alice;
    Api bob;
    Api carol;
    Api anonymous;
    Accounts accounts;
    String aliceLogin;
    long aliceOrganisation;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    /** Two exporters in different organisations and a verifier, made by the admin through the API. */
    @BeforeEach
    void accounts() throws Exception {
        base = url.toURI();
        anonymous = Api.anonymous(base);
        admin = Api.as(base, "admin", ADMIN_PASSWORD);
        accounts = new Accounts(base, admin);
        String run = UUID.randomUUID().toString().substring(0, 8);
        aliceLogin = "alice-" + run;
        aliceOrganisation = organisation("Alice Exports " + run, "EXPORTER");
        alice = user(aliceLogin, "EXPORTER", aliceOrganisation);
        bob = user("bob-" + run, "EXPORTER", organisation("Bob Exports " + run, "EXPORTER"));
        carol = user("carol-" + run, "VERIFIER", organisation("Carol Certification " + run, "CERTIFICATION_BODY"));
    }

    private long organisation(String name, String kind) throws Exception {
        return accounts.organisation(name, kind);
    }

    private static String creditCode() {
        return Accounts.creditCode();
    }

    private Api user(String login, String role, long organisation) throws Exception {
        return accounts.user(login, role, organisation);
    }

    private Map<String, Object> product(String name) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", "5.12 kWh LFP home battery");
        body.put("model", Api.JSON.readTree(Files.readString(BATTERY)));
        return body;
    }

    @Test
    void anExporterCalculatesAVersionOfItsProduct() throws Exception {
        Api.Reply created = alice.post("/api/products", product("LFP home battery"));
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        Api.Reply version = alice.post("/api/products/" + id + "/versions", null);
        assertEquals(201, version.status(), version.body());
        assertEquals(1, version.json().get("number").asInt());
        Api.Reply calc = alice.post("/api/products/" + id + "/versions/1/calculations", null);
        assertEquals(201, calc.status(), calc.body());
        // the portal gives the number carbon-core gives for the same file
        double direct = FootprintCalculator.using(FactorSource.empty())
                .calculate(ModelJson.read(BATTERY))
                .total();
        assertEquals(direct, calc.json().get("totalKgCo2e").asDouble(), 1e-9);
        assertEquals(64, calc.json().get("inputSha256").asText().length());
        Api.Reply summary =
                alice.get("/api/calculations/" + calc.json().get("id").asLong());
        assertEquals(200, summary.status());
        assertEquals(direct, summary.json().get("summary").get("total").asDouble(), 1e-9);
        Api.Reply full = alice.get("/api/calculations/" + calc.json().get("id").asLong() + "/result");
        assertEquals(200, full.status(), full.body());
        assertEquals(15, full.json().get("lines").size()); // recalculated, and checked against the stored hash
        assertEquals(direct, full.json().get("total").asDouble(), 1e-9);
        assertEquals(64, summary.json().get("resultSha256").asText().length());
    }

    @Test
    void monteCarloRunsAsAJobWithProgress() throws Exception {
        long id = alice.post("/api/products", product("Battery MC"))
                .json()
                .get("id")
                .asLong();
        alice.post("/api/products/" + id + "/versions", null);
        Api.Reply started = alice.post("/api/products/" + id + "/versions/1/monte-carlo?iterations=20000&seed=7", null);
        assertEquals(202, started.status(), started.body());
        String job = started.json().get("id").asText();
        assertEquals(404, bob.get("/api/jobs/" + job).status());
        com.fasterxml.jackson.databind.JsonNode state = null;
        for (int i = 0; i < 300; i++) {
            state = alice.get("/api/jobs/" + job).json();
            if (state.get("status").asText().equals("DONE")
                    || state.get("status").asText().equals("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("DONE", state.get("status").asText(), state.toString());
        assertEquals(20000, state.get("done").asInt());
        double median = state.get("total").get("median").asDouble();
        double deterministic = state.get("deterministicKgCo2e").asDouble();
        // lognormal factors around their stated values: the median stays near the deterministic total (within 5 %)
        assertEquals(deterministic, median, 0.05 * deterministic);
        assertTrue(state.get("total").get("p2_5").asDouble() < median);
        assertTrue(state.get("total").get("p97_5").asDouble() > median);
        assertTrue(state.get("byStage").has("production"), state.toString());
        // the model's own uncertainty is used: the use phase's lifetime energy is triangular(1656, 2760, 3312) kWh with
        // mean (1656 + 2760 + 3312) / 3 = 2576, times the grid factor's pedigree lognormal (unrated: scores 2, 2, 3, 3,
        // 3, mean multiplier e^(σ²/2)); without it the stage's mean would stay near 571.458 kg
        double sigma = Math.log(new org.tanji.core.uncertainty.Pedigree(2, 2, 3, 3, 3, 1.05).gsd());
        assertEquals(
                571.458 * 2576 / 2760 * Math.exp(sigma * sigma / 2),
                state.get("byStage").get("use").get("mean").asDouble(),
                0.01 * 571.458);
        Api.Reply again = alice.get("/api/jobs/" + job); // read back from the stored run
        assertEquals(median, again.json().get("total").get("median").asDouble(), 0.0);
        assertTrue(again.json().hasNonNull("finishedAt"), again.body());
        Api.Reply runs = alice.get("/api/products/" + id + "/versions/1/monte-carlo");
        assertEquals(job, runs.json().get(0).get("id").asText(), runs.body());
        assertEquals(
                404, bob.get("/api/products/" + id + "/versions/1/monte-carlo").status());
        assertEquals(
                400,
                alice.post("/api/products/" + id + "/versions/1/monte-carlo?iterations=0", null)
                        .status());
    }

    @Test
    void anOrganisationsOwnFactorsAreStatedInFullAndSeenOnlyByIt() throws Exception {
        Map<String, Object> epd = new java.util.LinkedHashMap<>(Map.of(
                "name", "LED module, supplier EPD",
                "unit", "piece",
                "kgCo2ePerUnit", 2.5,
                "gwpSet", "AR6",
                "source", "Supplier EPD no. 2025-118",
                "year", 2025));
        Api.Reply added = alice.post("/api/own-factors", epd);
        assertEquals(201, added.status(), added.body());
        String code = added.json().get("id").asText();
        assertTrue(added.json().get("primary").asBoolean());
        assertTrue(alice.get("/api/own-factors").body().contains(code));
        assertFalse(bob.get("/api/own-factors").body().contains(code), "another organisation sees none of them");
        // what changes a number is stated, not assumed; a unit the engine does not know is refused at once
        for (Object[] bad :
                new Object[][] {{"gwpSet", "SAR"}, {"kgCo2ePerUnit", -1.0}, {"unit", "parsec"}, {"year", 1900}}) {
            Map<String, Object> wrong = new java.util.LinkedHashMap<>(epd);
            wrong.put((String) bad[0], bad[1]);
            Api.Reply r = alice.post("/api/own-factors", wrong);
            assertEquals(400, r.status(), r.body());
            assertEquals(bad[0], r.json().at("/errors/0/field").asText(), r.body());
        }
    }

    @Test
    void organisationsAreKeptApart() throws Exception {
        long id = alice.post("/api/products", product("Alice's battery"))
                .json()
                .get("id")
                .asLong();
        Api.Reply other = bob.get("/api/products/" + id);
        assertEquals(404, other.status());
        assertEquals("application/problem+json", other.contentType());
        assertEquals(
                404, bob.put("/api/products/" + id, product("taken"), "\"v0\"").status());
        assertEquals(0, bob.get("/api/products").json().get("total").asLong());
        assertEquals(1, alice.get("/api/products").json().get("total").asLong());
        // the dashboard too: Bob sees none of Alice's products, nor where one stands
        assertEquals(0, bob.get("/api/products/overview").json().get("total").asLong());
        assertEquals(404, bob.get("/api/products/" + id + "/progress").status());
        assertEquals(
                "DRAFT",
                alice.get("/api/products/overview").json().at("/items/0/status").asText());
        assertEquals(200, admin.get("/api/products/" + id).status());
        // another organisation's calculation and a missing one answer alike: no existence oracle
        alice.post("/api/products/" + id + "/versions", null);
        long calculation = alice.post("/api/products/" + id + "/versions/1/calculations", null)
                .json()
                .get("id")
                .asLong();
        Api.Reply foreign = bob.get("/api/calculations/" + calculation);
        Api.Reply missing = bob.get("/api/calculations/" + (calculation + 1_000_000));
        assertEquals(404, foreign.status());
        assertEquals(
                "no calculation " + calculation, foreign.json().get("detail").asText());
        assertEquals(
                "no calculation " + (calculation + 1_000_000),
                missing.json().get("detail").asText());
        // % and _ are letters in a product search, not wildcards
        assertEquals(0, alice.get("/api/products?q=%25").json().get("total").asLong());
        assertEquals(
                1, alice.get("/api/products?q=Alice%27s").json().get("total").asLong());
    }

    @Test
    void rolesBelongToTheirKindOfOrganisation() throws Exception {
        Api.Reply adminAtAnExporter = admin.post(
                "/api/organisations/" + aliceOrganisation + "/users",
                Map.of(
                        "login",
                        "mole-" + UUID.randomUUID().toString().substring(0, 8),
                        "displayName",
                        "Mole",
                        "role",
                        "ADMIN",
                        "password",
                        "password-of-the-mole"));
        assertEquals(400, adminAtAnExporter.status(), adminAtAnExporter.body());
        assertEquals(
                "role",
                adminAtAnExporter.json().get("errors").get(0).get("field").asText(),
                adminAtAnExporter.body());
    }

    @Test
    void editsNeedTheCurrentETag() throws Exception {
        Api.Reply created = alice.post("/api/products", product("Battery"));
        long id = created.json().get("id").asLong();
        String first = created.etag();
        Api.Reply edited = alice.put("/api/products/" + id, product("Battery, revised"), first);
        assertEquals(200, edited.status(), edited.body());
        assertTrue(!edited.etag().equals(first));
        assertEquals(
                412,
                alice.put("/api/products/" + id, product("Battery, stale"), first)
                        .status());
        assertEquals(
                428,
                alice.put("/api/products/" + id, product("Battery, blind"), null)
                        .status());
        assertEquals(
                "Battery, revised",
                alice.get("/api/products/" + id).json().get("name").asText());
        Api.Reply model = alice.get("/api/products/" + id + "/model");
        assertEquals(edited.etag(), model.etag(), "the model comes with the ETag of the product it belongs to");
        assertEquals("tanji-footprint-model/1", model.json().get("format").asText());
    }

    @Test
    void badInputIsAProblemWithFieldPaths() throws Exception {
        Api.Reply blank = alice.post("/api/products", Map.of("name", ""));
        assertEquals(400, blank.status());
        assertEquals("name", blank.json().get("errors").get(0).get("field").asText(), blank.body());
        Map<String, Object> bad = product("bad");
        bad.put("model", Api.JSON.readTree(Files.readString(BATTERY).replace("\"quantity\": 8", "\"quantity\": -8")));
        Api.Reply model = alice.post("/api/products", bad);
        assertEquals(400, model.status(), model.body());
        assertEquals(
                "model.parts[1].components[0]",
                model.json().get("errors").get(0).get("field").asText());
        Api.Reply code = admin.post(
                "/api/organisations", Map.of("legalName", "X", "creditCode", "91330100799655058C", "kind", "EXPORTER"));
        assertEquals(400, code.status());
        assertTrue(
                code.body().contains("the check character is 'C' but the first 17 characters give 'B'"), code.body());
        String users = "/api/organisations/" + organisation("Password Test Ltd", "EXPORTER") + "/users";
        Api.Reply password = admin.post(
                users, Map.of("login", "eve", "displayName", "Eve", "role", "EXPORTER", "password", "short"));
        assertEquals(
                "password", password.json().get("errors").get(0).get("field").asText());
        for (String weak : new String[] {" ".repeat(12), "qwerty123456"}) {
            Api.Reply r = admin.post(
                    users, Map.of("login", "eve", "displayName", "Eve", "role", "EXPORTER", "password", weak));
            assertEquals(400, r.status(), r.body());
            assertEquals("password", r.json().get("errors").get(0).get("field").asText(), r.body());
        }
        // a body with a field the endpoint does not take, or NaN, is a problem naming the field
        Api.Reply unknownField =
                anonymous.post("/api/auth/session", "{\"login\": \"x\", \"password\": \"y\", \"remember\": true}");
        assertEquals(400, unknownField.status(), unknownField.body());
        assertTrue(unknownField.contentType().startsWith("application/problem+json"), unknownField.contentType());
        assertEquals(
                "remember",
                unknownField.json().get("errors").get(0).get("field").asText(),
                unknownField.body());
        Api.Reply nan = anonymous.post("/api/auth/session", "{\"login\": \"x\", \"password\": NaN}");
        assertEquals(400, nan.status(), nan.body());
        assertTrue(nan.contentType().startsWith("application/problem+json"), nan.contentType());
        // a body over the portal's limit is a 413 problem, not the server's bare 400
        Api.Reply huge = alice.post("/api/products", "{\"name\": \"" + "x".repeat(30 * 1024 * 1024) + "\"}");
        assertEquals(
                413, huge.status(), huge.body().length() > 300 ? huge.body().substring(0, 300) : huge.body());
        assertTrue(huge.contentType().startsWith("application/problem+json"), huge.contentType());
        // a query parameter that is not a number, or a page past the end of an int, names the parameter
        for (String[] query : new String[][] {
            {"/api/factors?year=abc", "year"},
            {"/api/products?page=2147483647", "page"},
            {"/api/products?size=x", "size"}
        }) {
            Api.Reply r = alice.get(query[0]);
            assertEquals(400, r.status(), query[0] + " " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertEquals(query[1], r.json().get("errors").get(0).get("field").asText(), r.body());
        }
    }

    @Test
    void everyRoleGetsExactlyItsAccess() throws Exception {
        long id =
                alice.post("/api/products", product("Matrix")).json().get("id").asLong();
        alice.post("/api/products/" + id + "/versions", null);
        long calc = alice.post("/api/products/" + id + "/versions/1/calculations", null)
                .json()
                .get("id")
                .asLong();
        Api[] callers = {anonymous, alice, carol, admin};
        // endpoint → expected status for anonymous, exporter (owner), certifier, admin
        Object[][] matrix = {
            {"GET", "/api/products", null, new int[] {401, 200, 403, 200}},
            {"POST", "/api/products", "{\"name\":\"\"}", new int[] {401, 400, 403, 403}},
            {"GET", "/api/products/" + id, null, new int[] {401, 200, 403, 200}},
            {"GET", "/api/products/" + id + "/model", null, new int[] {401, 200, 403, 200}},
            {"GET", "/api/products/overview", null, new int[] {401, 200, 403, 200}},
            {"GET", "/api/products/" + id + "/progress", null, new int[] {401, 200, 403, 200}},
            {"POST", "/api/products/" + id + "/preview", "{}", new int[] {401, 400, 403, 403}},
            {"GET", "/api/calculations/" + calc + "/result.xlsx", null, new int[] {401, 200, 403, 200}},
            {"GET", "/api/templates/bom.xlsx", null, new int[] {200, 200, 200, 200}},
            {"GET", "/api/certification-bodies", null, new int[] {401, 200, 200, 200}},
            {"GET", "/api/own-factors", null, new int[] {401, 200, 403, 403}},
            {"GET", "/api/products/" + id + "/versions/1", null, new int[] {401, 200, 403, 200}},
            {"POST", "/api/products/" + id + "/versions", null, new int[] {401, 201, 403, 403}},
            {"GET", "/api/products/" + id + "/versions", null, new int[] {401, 200, 403, 200}},
            {"GET", "/api/calculations/" + calc, null, new int[] {401, 200, 403, 200}},
            {"GET", "/api/calculations/" + calc + "/result", null, new int[] {401, 200, 403, 200}},
            {"GET", "/api/organisations", null, new int[] {401, 403, 403, 200}},
            {"POST", "/api/organisations", "{}", new int[] {401, 403, 403, 400}},
            {"GET", "/api/auth/me", null, new int[] {401, 200, 200, 200}},
            {"POST", "/api/products/" + id + "/versions/1/calculations", null, new int[] {401, 201, 403, 403}},
            {"GET", "/api/products/" + id + "/evidence", null, new int[] {401, 200, 403, 200}},
            {
                "POST",
                "/api/products/" + id + "/versions/1/monte-carlo?iterations=10",
                null,
                new int[] {401, 202, 403, 403}
            },
            {"GET", "/api/products/" + id + "/versions/1/monte-carlo", null, new int[] {401, 200, 403, 200}},
            {"GET", "/api/organisations/1/users", null, new int[] {401, 403, 403, 200}},
            {"PUT", "/api/organisations/1/users/nobody/status", "{\"enabled\":true}", new int[] {401, 403, 403, 404}},
            {
                "PUT",
                "/api/organisations/1/users/nobody/password",
                "{\"newPassword\":\"a-long-new-password\"}",
                new int[] {401, 403, 403, 404}
            },
            {"PUT", "/api/auth/password", "{}", new int[] {401, 400, 400, 400}},
            {"DELETE", "/api/auth/tokens/current", null, new int[] {401, 0, 0, 0}},
            {"GET", "/api/audit?size=5", null, new int[] {401, 403, 403, 200}},
            {"GET", "/api/audit/verification", null, new int[] {401, 403, 403, 200}},
            {"GET", "/api/factors?q=diesel", null, new int[] {200, 200, 200, 200}},
            {"GET", "/api/health/ready", null, new int[] {200, 200, 200, 200}},
        };
        for (Object[] row : matrix) {
            int[] expected = (int[]) row[3];
            for (int c = 0; c < callers.length; c++) {
                if (expected[c] == 0) {
                    continue; // would end the caller's token; see aCallerEndsItsOwnToken
                }
                Api.Reply r = callers[c].send((String) row[0], (String) row[1], row[2], null);
                assertEquals(expected[c], r.status(), row[0] + " " + row[1] + " as caller " + c + ": " + r.body());
            }
        }
        assertTrue(anonymous.get("/api/products").contentType().startsWith("application/problem+json"));
    }

    @Test
    void aBrowserLogsInOnceAndKeepsItsSession() throws Exception {
        Api browser = Api.browser(base);
        assertEquals(
                401,
                browser.post("/api/auth/session", Map.of("login", "admin", "password", "wrong"))
                        .status());
        assertEquals(
                204,
                browser.post("/api/auth/session", Map.of("login", "admin", "password", ADMIN_PASSWORD))
                        .status());
        Api.Reply me = browser.get("/api/auth/me");
        assertEquals(200, me.status(), me.body());
        assertEquals("ADMIN", me.json().get("role").asText());
        assertEquals(
                204, browser.send("DELETE", "/api/auth/session", null, null).status());
        assertEquals(401, browser.get("/api/auth/me").status());
    }

    @Test
    void anotherSitesPageCannotActWithTheVisitorsSession() throws Exception {
        Api browser = Api.browser(base);
        assertEquals(
                204,
                browser.post("/api/auth/session", Map.of("login", "admin", "password", ADMIN_PASSWORD))
                        .status());
        Map<String, Object> org = Map.of("legalName", "Forged Ltd", "creditCode", creditCode(), "kind", "EXPORTER");
        for (String[] header : new String[][] {
            {"Origin", "https://attacker.example"}, {"Sec-Fetch-Site", "cross-site"}, {"Origin", "null"}
        }) {
            Api.Reply forged = browser.withHeader(header[0], header[1]).post("/api/organisations", org);
            assertEquals(403, forged.status(), header[0] + ": " + header[1] + " " + forged.body());
            assertTrue(forged.contentType().startsWith("application/problem+json"), forged.contentType());
        }
        String ownOrigin = base.getScheme() + "://" + base.getRawAuthority();
        Api.Reply own = browser.withHeader("Origin", ownOrigin)
                .withHeader("Sec-Fetch-Site", "same-origin")
                .post(
                        "/api/organisations",
                        Map.of(
                                "legalName",
                                "Own page Ltd",
                                "creditCode",
                                creditCode(),
                                "address",
                                "Xiamen",
                                "kind",
                                "EXPORTER"));
        assertEquals(201, own.status(), own.body());
        // a program with a token is not a browser page: its requests need no origin
        assertTrue(admin.withHeader("Origin", "https://elsewhere.example")
                        .get("/api/auth/me")
                        .status()
                == 200);

        java.net.http.HttpClient raw = java.net.http.HttpClient.newHttpClient();
        var login = raw.send(
                java.net.http.HttpRequest.newBuilder(base.resolve("/api/auth/session"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                Api.JSON.writeValueAsString(Map.of("login", "admin", "password", ADMIN_PASSWORD))))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").toString();
        assertTrue(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"), cookie);
        var page = raw.send(
                java.net.http.HttpRequest.newBuilder(base.resolve("/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), csp);
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void passwordGuessingIsSlowedAndAPasswordOnlyBuysAToken() throws Exception {
        Api browser = Api.browser(base);
        for (int i = 0; i < 5; i++) {
            Api.Reply wrong = browser.post("/api/auth/session", Map.of("login", aliceLogin, "password", "guess-" + i));
            assertEquals(401, wrong.status(), wrong.body());
        }
        // the sixth try waits, even with the right password: a guesser cannot tell
        Api.Reply slowed =
                browser.post("/api/auth/session", Map.of("login", aliceLogin, "password", "password-of-" + aliceLogin));
        assertEquals(429, slowed.status(), slowed.body());
        assertTrue(slowed.contentType().startsWith("application/problem+json"), slowed.contentType());
        assertTrue(slowed.body().contains("try again in"), slowed.body());
        // Basic credentials are refused anywhere but the token endpoint, even right ones
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.Reply products =
                Api.anonymous(base).withHeader("Authorization", basic).get("/api/products");
        assertEquals(401, products.status(), products.body());
        assertTrue(products.body().contains("only by POST /api/auth/tokens"), products.body());
    }

    @Test
    void theAuditLogSaysWhoDidWhatAndItsChainHolds() throws Exception {
        long id = alice.post("/api/products", product("Audited battery"))
                .json()
                .get("id")
                .asLong();
        alice.post("/api/products/" + id + "/versions", null);
        Api.Reply newest = admin.get("/api/audit?size=2");
        assertEquals(200, newest.status(), newest.body());
        assertEquals(aliceLogin, newest.json().get(0).get("actor").asText());
        assertEquals("froze version", newest.json().get(0).get("action").asText());
        assertEquals("created product", newest.json().get(1).get("action").asText());
        Api.Reply chain = admin.get("/api/audit/verification");
        assertTrue(chain.json().get("intact").asBoolean(), chain.body());
        assertTrue(chain.json().get("entries").asInt() >= 2, chain.body());
        assertEquals(400, admin.get("/api/audit?size=0").status());
        // issuing and ending a bearer token are audited too (the token's hash, never the token)
        Api again = Api.as(base, aliceLogin, "password-of-" + aliceLogin);
        assertEquals(
                204,
                again.send("DELETE", "/api/auth/tokens/current", null, null).status());
        Api.Reply tokens = admin.get("/api/audit?size=2");
        assertEquals("revoked API token", tokens.json().get(0).get("action").asText(), tokens.body());
        assertEquals("issued API token", tokens.json().get(1).get("action").asText(), tokens.body());
        assertEquals("user " + aliceLogin, tokens.json().get(1).get("subject").asText());
        assertTrue(admin.get("/api/audit/verification").json().get("intact").asBoolean());

        // a signed checkpoint of the head, published for anyone to keep, checked with the certificate it carries
        Api.Reply taken = admin.post("/api/audit/checkpoints", null);
        // 204 only if the hourly checkpoint signed this very head a moment ago
        assertTrue(taken.status() == 201 || taken.status() == 204, taken.body());
        JsonNode checkpoint = Api.anonymous(base)
                .get("/api/public/audit/checkpoints?size=1")
                .json()
                .get(0);
        if (taken.status() == 201) {
            assertEquals(taken.json(), checkpoint);
        }
        String statement = checkpoint.get("statement").asText();
        assertTrue(statement.startsWith("tanji-audit-checkpoint/1\nsequence="
                + checkpoint.get("sequence").asLong()));
        assertTrue(statement.contains("\nhead=" + checkpoint.get("headHash").asText() + "\n"), statement);
        java.security.cert.X509Certificate signer =
                (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder()
                                .decode(checkpoint.get("signerCertificate").asText())));
        java.security.Signature verify =
                java.security.Signature.getInstance(checkpoint.get("algorithm").asText());
        verify.initVerify(signer.getPublicKey());
        verify.update(statement.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(verify.verify(
                java.util.Base64.getDecoder().decode(checkpoint.get("signature").asText())));
        assertEquals(403, alice.post("/api/audit/checkpoints", null).status());
        JsonNode chainNow = admin.get("/api/audit/verification").json();
        assertTrue(chainNow.get("intact").asBoolean(), chainNow.toString());
        assertTrue(chainNow.get("checkpoints").asInt() >= 1, chainNow.toString());
    }

    @Test
    void aCallerChangesItsPasswordAndItsTokensEnd() throws Exception {
        Api.Reply wrong = alice.put(
                "/api/auth/password", Map.of("currentPassword", "not-it", "newPassword", "a-brand-new-password"), null);
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(
                "currentPassword",
                wrong.json().get("errors").get(0).get("field").asText());
        Api.Reply tooShort = alice.put(
                "/api/auth/password",
                Map.of("currentPassword", "password-of-" + aliceLogin, "newPassword", "short"),
                null);
        assertEquals(
                "newPassword", tooShort.json().get("errors").get(0).get("field").asText());

        assertEquals(
                204,
                alice.put(
                                "/api/auth/password",
                                Map.of(
                                        "currentPassword",
                                        "password-of-" + aliceLogin,
                                        "newPassword",
                                        "a-brand-new-password"),
                                null)
                        .status());
        assertEquals(401, alice.get("/api/auth/me").status());
        assertThrows(AssertionError.class, () -> Api.as(base, aliceLogin, "password-of-" + aliceLogin));
        assertEquals(
                200,
                Api.as(base, aliceLogin, "a-brand-new-password")
                        .get("/api/auth/me")
                        .status());
    }

    @Test
    void aCallerEndsItsOwnToken() throws Exception {
        assertEquals(
                List.of(),
                alice.download("/api/auth/me").headers().allValues("Set-Cookie"),
                "API calls with a token make no session");
        Api second = Api.as(base, aliceLogin, "password-of-" + aliceLogin);
        assertEquals(
                204,
                alice.send("DELETE", "/api/auth/tokens/current", null, null).status());
        Api.Reply revoked = alice.get("/api/auth/me");
        assertEquals(401, revoked.status());
        assertTrue(revoked.contentType().startsWith("application/problem+json"), revoked.contentType());
        assertTrue(revoked.json().get("detail").asText().contains("revoked"), revoked.body());
        assertEquals(200, second.get("/api/auth/me").status(), "other tokens of the same user go on");
    }

    @Test
    void aDisabledUserIsLockedOutUntilEnabledAgain() throws Exception {
        Api browser = Api.browser(base);
        assertEquals(
                204,
                browser.post("/api/auth/session", Map.of("login", aliceLogin, "password", "password-of-" + aliceLogin))
                        .status());
        String status = "/api/organisations/" + aliceOrganisation + "/users/" + aliceLogin + "/status";

        Api.Reply disabled = admin.put(status, Map.of("enabled", false), null);
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().get("enabled").asBoolean());
        assertEquals(401, alice.get("/api/auth/me").status(), "token");
        Api.Reply session = browser.get("/api/auth/me");
        assertEquals(401, session.status(), "session");
        assertTrue(session.json().get("detail").asText().contains("is disabled"), session.body());
        assertThrows(AssertionError.class, () -> Api.as(base, aliceLogin, "password-of-" + aliceLogin));

        assertEquals(200, admin.put(status, Map.of("enabled", true), null).status());
        assertEquals(401, browser.get("/api/auth/me").status(), "the disabled session ended for good");
        assertEquals(
                200,
                Api.as(base, aliceLogin, "password-of-" + aliceLogin)
                        .get("/api/auth/me")
                        .status());

        long operator = admin.get("/api/auth/me").json().get("organisationId").asLong();
        Api.Reply self =
                admin.put("/api/organisations/" + operator + "/users/admin/status", Map.of("enabled", false), null);
        assertEquals(400, self.status(), self.body());
    }

    @Test
    void anAdministratorResetsAPassword() throws Exception {
        String reset = "/api/organisations/" + aliceOrganisation + "/users/" + aliceLogin + "/password";
        assertEquals(
                204,
                admin.put(reset, Map.of("newPassword", "set-by-the-administrator"), null)
                        .status());
        assertEquals(401, alice.get("/api/auth/me").status());
        Api withTemporary = Api.as(base, aliceLogin, "set-by-the-administrator");
        assertEquals(200, withTemporary.get("/api/auth/me").status());
        // the administrator knows that password: nothing else until Alice has chosen her own
        Api.Reply held = withTemporary.get("/api/products");
        assertEquals(403, held.status(), held.body());
        assertEquals(
                "/problems/password-change-required", held.json().get("type").asText());
        assertEquals(
                204,
                withTemporary
                        .put(
                                "/api/auth/password",
                                Map.of(
                                        "currentPassword",
                                        "set-by-the-administrator",
                                        "newPassword",
                                        "alices-own-chosen-password"),
                                null)
                        .status());
        assertEquals(
                200,
                Api.as(base, aliceLogin, "alices-own-chosen-password")
                        .get("/api/products")
                        .status());
        assertEquals(
                404,
                admin.put(
                                "/api/organisations/" + aliceOrganisation + "/users/nobody/password",
                                Map.of("newPassword", "set-by-the-administrator"),
                                null)
                        .status());
    }

    @Test
    void aUserWhoForgotItsPasswordSetsANewOneWithAnEmailedCode() throws Exception {
        // the test server mails through localhost:3025 (arquillian.xml): a real SMTP server
        com.icegreen.greenmail.util.GreenMail smtp =
                new com.icegreen.greenmail.util.GreenMail(com.icegreen.greenmail.util.ServerSetupTest.SMTP);
        smtp.start();
        try {
            String address = aliceLogin + "@exporter.example";
            assertEquals(
                    204,
                    alice.put("/api/auth/email", Map.of("email", address), null).status());
            // an unknown login and a known address get the same answer
            Api.Reply unknown = anonymous.post("/api/auth/password-reset", Map.of("login", "nobody-" + aliceLogin));
            Api.Reply known = anonymous.post("/api/auth/password-reset", Map.of("login", address.toUpperCase()));
            assertEquals(202, unknown.status(), unknown.body());
            assertEquals(202, known.status(), known.body());
            assertEquals(unknown.body(), known.body());
            assertTrue(smtp.waitForIncomingEmail(10_000, 1), "an e-mail within 10 s");
            jakarta.mail.internet.MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals(address, mail.getAllRecipients()[0].toString());
            String text = mail.getContent().toString();
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("reset-password\\.html#([A-Za-z0-9_-]{43})")
                    .matcher(text);
            assertTrue(link.find(), text);
            String code = link.group(1);
            // asked again within the minute: no second mail to fill the inbox
            assertEquals(
                    202,
                    anonymous
                            .post("/api/auth/password-reset", Map.of("login", aliceLogin))
                            .status());
            Thread.sleep(1500);
            assertEquals(1, smtp.getReceivedMessages().length);

            Api.Reply weak = anonymous.post(
                    "/api/auth/password-reset/confirm", Map.of("code", code, "newPassword", "too short"));
            assertEquals(400, weak.status(), weak.body());
            assertEquals(
                    "newPassword", weak.json().get("errors").get(0).get("field").asText());
            // Alice opens the link on her phone and chooses her password there
            try (Browser phone = new Browser(412, 915)) {
                phone.driver.get(url + "reset-password.html#" + code);
                org.openqa.selenium.WebElement choose = phone.driver.findElement(org.openqa.selenium.By.id("choose"));
                choose.findElement(org.openqa.selenium.By.name("newPassword")).sendKeys("alices-new-password-by-mail");
                choose.findElement(org.openqa.selenium.By.name("again")).sendKeys("alices-new-password-by-mail");
                phone.screenshot("reset-password-choose-phone");
                choose.findElement(org.openqa.selenium.By.tagName("button")).click();
                phone.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        org.openqa.selenium.By.id("message"), "Your password is set"));
                phone.screenshot("reset-password-done-phone");
                assertFalse(phone.driver.getCurrentUrl().contains(code), "the code leaves the address bar");
            }
            Api.Reply again = anonymous.post(
                    "/api/auth/password-reset/confirm", Map.of("code", code, "newPassword", "and-once-more-please"));
            assertEquals(400, again.status(), again.body());
            assertEquals("code", again.json().get("errors").get(0).get("field").asText());
            assertEquals(401, alice.get("/api/auth/me").status()); // her tokens ended
            assertEquals(
                    200,
                    Api.as(base, aliceLogin, "alices-new-password-by-mail")
                            .get("/api/products")
                            .status());
        } finally {
            smtp.stop();
        }
    }
}
