package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tanji.portal.CertificationPath.statement;
import static org.tanji.portal.CertificationPath.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.tanji.portal.domain.model.workflow.CertificateNumber;

/**
 * The certification workflow over HTTP, on the database of the run (H2, or PostgreSQL in the second CI run): an
 * exporter applies, a verifier verifies (with a clarification answered by a new version), an independent reviewer
 * reviews, a decision-maker approves and a certificate is issued; the supervisor reads and changes nothing; another
 * body's staff see nothing; twenty simultaneous approvals make one certificate; certificates are suspended,
 * reinstated, renewed, revoked and expire.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificationIT {
    static final Path BATTERY = CertificationPath.BATTERY;

    @ArquillianResource
    URL url;

    URI base;
    Api admin;
    Api anonymous;
    Accounts accounts;
    Api alice; // exporter, the applicant
    Api bob; // exporter of another organisation
    Api victor; // verifier of the body
    Api rita; // reviewer of the body
    Api dora; // decision-maker of the body
    Api dan; // a second decision-maker of the body
    Api yves; // decision-maker of another body
    Api sam; // supervisor at the regulator
    CertificationPath path;
    long aliceOrganisation;
    long body;
    String doraLogin;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @BeforeEach
    void accounts() throws Exception {
        base = url.toURI();
        anonymous = Api.anonymous(base);
        admin = Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD);
        accounts = new Accounts(base, admin);
        String run = UUID.randomUUID().toString().substring(0, 8);
        aliceOrganisation = accounts.organisation("Alice Batteries " + run, "EXPORTER");
        alice = accounts.user("alice-" + run, "EXPORTER", aliceOrganisation);
        bob = accounts.user("bob-" + run, "EXPORTER", accounts.organisation("Bob Exports " + run, "EXPORTER"));
        body = accounts.organisation("Xiamen Certification " + run, "CERTIFICATION_BODY");
        victor = accounts.user("victor-" + run, "VERIFIER", body);
        rita = accounts.user("rita-" + run, "REVIEWER", body);
        doraLogin = "dora-" + run;
        dora = accounts.user(doraLogin, "DECISION_MAKER", body);
        dan = accounts.user("dan-" + run, "DECISION_MAKER", body);
        yves = accounts.user(
                "yves-" + run, "DECISION_MAKER", accounts.organisation("Other Body " + run, "CERTIFICATION_BODY"));
        sam = accounts.user("sam-" + run, "SUPERVISOR", accounts.organisation("Regulator " + run, "REGULATOR"));
        path = new CertificationPath(alice, body, victor, rita, dora);
    }

    @Test
    void anApplicationGoesFromSubmissionToCertificateThroughFiveHands() throws Exception {
        long product = path.calculatedProduct("LFP home battery");
        long id = path.apply(product, 1, null);
        JsonNode a = alice.get("/api/applications/" + id).json();
        assertEquals("DRAFT", a.get("state").asText());
        assertEquals(List.of("SUBMIT", "WITHDRAW"), texts(a.get("yourSteps")));

        a = step(alice, id, Map.of("action", "SUBMIT"), 200);
        assertEquals("SUBMITTED", a.get("state").asText());
        assertEquals(1, a.get("round").asInt());
        // the hash the case refers to is the SHA-256 of the snapshot text the portal shows
        String snapshot = victor.get("/api/applications/" + id + "/snapshots/1").body();
        assertEquals(sha256(snapshot), a.get("snapshotSha256").asText());
        assertTrue(snapshot.contains("\"tanji-certification-snapshot/1\""), snapshot);
        assertTrue(inbox(victor).contains(id), "the body's verifiers find the case in their inbox");

        step(victor, id, Map.of("action", "ACCEPT"), 200);
        a = step(
                victor,
                id,
                Map.of(
                        "action", "REQUEST_CLARIFICATION",
                        "text", "Which supplier made the cells? Give the supplier's own PCF.",
                        "topic", "BOM_LINE",
                        "topicRef", "cells"),
                200);
        assertEquals("CLARIFICATION_REQUESTED", a.get("state").asText());
        assertTrue(inbox(alice).contains(id));

        // the applicant answers with a new version (the cells' mass from the supplier, frozen and calculated again)
        String answered = Files.readString(BATTERY)
                .replace(
                        "\"id\": \"cell materials\", \"amount\": { \"value\": 1.98,",
                        "\"id\": \"cell materials\", \"amount\": { \"value\": 1.8,");
        assertTrue(answered.contains("\"value\": 1.8,"), "the example's cell mass is where the test expects it");
        Api.Reply draft = alice.get("/api/products/" + product);
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("name", "LFP home battery");
        edit.put("model", Api.JSON.readTree(answered));
        assertEquals(
                200, alice.put("/api/products/" + product, edit, draft.etag()).status());
        assertEquals(
                201, alice.post("/api/products/" + product + "/versions", null).status());
        assertEquals(
                201,
                alice.post("/api/products/" + product + "/versions/2/calculations", null)
                        .status());
        a = step(
                alice,
                id,
                Map.of(
                        "action",
                        "RESPOND",
                        "text",
                        "CATL cells; supplier PCF attached as evidence.",
                        "versionNumber",
                        2),
                200);
        assertEquals("UNDER_VERIFICATION", a.get("state").asText());
        assertEquals(2, a.get("round").asInt());
        assertEquals(2, a.get("versionNumber").asInt());
        assertEquals(
                2, victor.get("/api/applications/" + id + "/messages").json().size());

        // the verifier sees what the answer changed: one field of the model, one line of the result, in proportion
        JsonNode diff =
                victor.get("/api/applications/" + id + "/diff?from=1&to=2").json();
        assertEquals(1, diff.get("model").size(), diff.toString());
        assertEquals(
                "parts[cell].activities[cell materials].amount.value",
                diff.get("model").get(0).get("path").asText());
        assertEquals(1.98, diff.get("model").get(0).get("before").asDouble());
        assertEquals(1.8, diff.get("model").get(0).get("after").asDouble());
        assertEquals(1, diff.get("lines").size(), diff.toString());
        JsonNode line = diff.get("lines").get(0);
        assertEquals("CHANGED", line.get("change").asText());
        assertEquals(
                1.8 / 1.98,
                line.get("kgCo2eAfter").asDouble() / line.get("kgCo2eBefore").asDouble(),
                1e-12);
        assertEquals(
                line.get("kgCo2eAfter").asDouble() - line.get("kgCo2eBefore").asDouble(),
                diff.get("totalAfter").asDouble() - diff.get("totalBefore").asDouble(),
                1e-9);
        assertEquals(400, victor.get("/api/applications/" + id + "/diff?from=3").status());

        // steps out of turn name the rule they break
        refused(rita, id, Map.of("action", "START_REVIEW"), 409, "workflow/state");
        a = step(victor, id, Map.of("action", "ISSUE_STATEMENT", "statement", statement()), 200);
        assertEquals("VERIFIED", a.get("state").asText());
        assertEquals("REASONABLE", a.get("statement").get("assurance").asText());
        refused(victor, id, Map.of("action", "START_REVIEW"), 403, "workflow/role");
        step(rita, id, Map.of("action", "START_REVIEW"), 200);
        // the decision waits for the reviewer's pass
        refused(dora, id, Map.of("action", "APPROVE", "reason", "early"), 409, "workflow/state");
        step(rita, id, Map.of("action", "PASS_REVIEW"), 200);
        refused(sam, id, Map.of("action", "APPROVE"), 403, "workflow/read-only");
        assertEquals(
                404,
                yves.post("/api/applications/" + id + "/steps", Map.of("action", "APPROVE"))
                        .status());

        a = step(dora, id, Map.of("action", "APPROVE", "reason", "Verified with reasonable assurance"), 200);
        assertEquals("CERTIFIED", a.get("state").asText());
        String number = a.get("certificateNumber").asText();
        CertificateNumber.parse(number); // a well-formed number whose check character holds
        JsonNode certificate = alice.get("/api/certificates/" + number).json();
        assertEquals("ACTIVE", certificate.get("state").asText());
        double direct = FootprintCalculator.using(FactorSource.empty())
                .calculate(ModelJson.parseDocument(answered, "model").model())
                .total();
        assertEquals(direct, certificate.get("totalKgCo2e").asDouble(), 1e-9);
        assertEquals(
                a.get("snapshotSha256").asText(),
                certificate.get("snapshotSha256").asText());
        Instant issued = Instant.parse(certificate.get("issuedAt").asText());
        Instant until = Instant.parse(certificate.get("validUntil").asText());
        assertEquals(issued.atOffset(java.time.ZoneOffset.UTC).plusYears(2).toInstant(), until, "two years");

        // the certified calculation still reproduces, for the verifier as for anyone who may see it
        JsonNode result = victor.get("/api/applications/" + id + "/result").json();
        assertEquals(direct, result.get("total").asDouble(), 1e-9);

        // every step is a typed event in the audit chain, and the chain holds
        String log = admin.get("/api/audit?size=100").body();
        for (String action : List.of(
                "opened certification application",
                "submitted application",
                "accepted application for verification",
                "requested clarification",
                "answered clarification",
                "issued verification statement",
                "started independent review",
                "approved application",
                "issued certificate")) {
            assertTrue(log.contains(action), action + " in " + log);
        }
        assertTrue(sam.get("/api/audit/verification").json().get("intact").asBoolean());
    }

    @Test
    void aDeclaredConflictOfInterestKeepsADecisionMakerOff() throws Exception {
        long id = path.reviewed(path.calculatedProduct("Conflicted battery"), null);
        assertEquals(
                201,
                dora.post("/api/conflicts-of-interest", Map.of("organisationId", aliceOrganisation))
                        .status());
        refused(dora, id, Map.of("action", "APPROVE", "reason", "fine"), 403, "workflow/conflict-of-interest");
        JsonNode a = step(dan, id, Map.of("action", "REJECT", "reason", "Cut-off rule not justified"), 200);
        assertEquals("REJECTED", a.get("state").asText());
        // an appeal goes to a decision-maker who did not reject: dan may not decide it again
        step(alice, id, Map.of("action", "APPEAL", "reason", "The cut-off follows the PCR"), 200);
        refused(dan, id, Map.of("action", "APPROVE", "reason", "ok"), 403, "workflow/appeal-new-decider");
    }

    @Test
    void aVerifierWithAnAddressIsToldByEmailWhatAwaitsThem() throws Exception {
        // the test server sends through its mail session to localhost:3025 (arquillian.xml): a real SMTP server
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            Api.Reply bad = victor.put("/api/auth/email", Map.of("email", "not an address"), null);
            assertEquals(400, bad.status(), bad.body());
            assertEquals("email", bad.json().get("errors").get(0).get("field").asText(), bad.body());
            assertEquals(
                    204,
                    victor.put("/api/auth/email", Map.of("email", "victor@body.example"), null)
                            .status());
            long id = path.apply(path.calculatedProduct("Mailed battery"), 1, null);
            step(alice, id, Map.of("action", "SUBMIT"), 200);

            assertTrue(smtp.waitForIncomingEmail(10_000, 1), "an e-mail within 10 s");
            MimeMessage[] mails = smtp.getReceivedMessages();
            assertEquals(1, mails.length, "only victor has an address: rita and dora are told in the portal only");
            assertEquals("victor@body.example", mails[0].getAllRecipients()[0].toString());
            assertTrue(mails[0].getSubject().contains("Application " + id + " "), mails[0].getSubject());
            assertTrue(mails[0].getSubject().contains("awaits a verifier"), mails[0].getSubject());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void twentySimultaneousApprovalsMakeOneCertificate() throws Exception {
        long id = path.reviewed(path.calculatedProduct("Raced battery"), null);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Api decider = i % 2 == 0 ? dora : dan;
            replies.add(pool.submit(() -> {
                start.await();
                return decider.post(
                        "/api/applications/" + id + "/steps", Map.of("action", "APPROVE", "reason", "race"));
            }));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get();
            if (r.status() == 200) {
                won++;
            } else {
                assertEquals(409, r.status(), r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                conflicts++;
            }
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(19, conflicts);
        long certificates = 0;
        for (JsonNode c : admin.get("/api/certificates?size=100").json()) {
            if (c.get("applicationId").asLong() == id) {
                certificates++;
            }
        }
        assertEquals(1, certificates);
    }

    @Test
    void aCertificateIsSuspendedReinstatedRenewedAndRevoked() throws Exception {
        long product = path.calculatedProduct("Certified battery");
        String number = path.certify(product, null);
        refused(
                alice,
                "/api/certificates/" + number + "/steps",
                Map.of("action", "SUSPEND", "reason", "x"),
                403,
                "workflow/role");
        JsonNode c = certificateStep(
                dora, number, Map.of("action", "SUSPEND", "reason", "Label used on another model"), 200);
        assertEquals("SUSPENDED", c.get("state").asText());
        c = certificateStep(dora, number, Map.of("action", "REINSTATE"), 200);
        assertEquals("ACTIVE", c.get("state").asText());
        Api.Reply surveyed = victor.post(
                "/api/certificates/" + number + "/surveillances",
                Map.of("outcome", "CONFIRMED", "note", "Site visit: cells still from the certified supplier"));
        assertEquals(201, surveyed.status(), surveyed.body());
        assertEquals(
                1,
                alice.get("/api/certificates/" + number + "/surveillances")
                        .json()
                        .size());

        // renewal: a new application that names the old certificate; its certificate supersedes the old one
        String renewal = path.certify(product, number);
        JsonNode old = alice.get("/api/certificates/" + number).json();
        assertEquals("SUPERSEDED", old.get("state").asText());
        assertEquals(renewal, old.get("supersededBy").asText());
        assertEquals(
                number,
                alice.get("/api/certificates/" + renewal).json().get("renews").asText());

        Api.Reply noReason = dora.post("/api/certificates/" + renewal + "/steps", Map.of("action", "REVOKE"));
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().get("errors").get(0).get("field").asText());
        c = certificateStep(dora, renewal, Map.of("action", "REVOKE", "reason", "Evidence found forged"), 200);
        assertEquals("REVOKED", c.get("state").asText());
        refused(dora, "/api/certificates/" + renewal + "/steps", Map.of("action", "REINSTATE"), 409, "workflow/state");
        assertEquals(404, yves.get("/api/certificates/" + renewal).status(), "another body sees nothing");
        assertEquals(400, alice.get("/api/certificates/TJ-2026-000001-0").status(), "wrong check character");
    }

    @Test
    void theExpiryJobExpiresACertificatePastItsValidity() throws Exception {
        long product = path.calculatedProduct("Short-lived battery");
        long id = path.reviewed(product, null);
        Instant soon = Instant.now().plus(3, ChronoUnit.SECONDS);
        JsonNode a = step(
                dora, id, Map.of("action", "APPROVE", "reason", "short validity", "validUntil", soon.toString()), 200);
        String number = a.get("certificateNumber").asText();
        assertEquals(
                "ACTIVE",
                alice.get("/api/certificates/" + number).json().get("state").asText());
        String state = "ACTIVE";
        for (int i = 0; i < 60 && !state.equals("EXPIRED"); i++) {
            Thread.sleep(500);
            state = alice.get("/api/certificates/" + number).json().get("state").asText();
        }
        assertEquals("EXPIRED", state, "the job runs every 2 s in the tests (tanji.certificate.expiry-check)");
        assertTrue(admin.get("/api/audit?size=50").body().contains("certificate expired"));
    }

    @Test
    void everyRoleGetsWhatTheAccessRuleSays() throws Exception {
        long product = path.calculatedProduct("Matrix battery");
        long id = path.apply(product, 1, null);
        String number = path.certify(path.calculatedProduct("Matrix certified"), null);
        long certified = alice.get("/api/certificates/" + number)
                .json()
                .get("applicationId")
                .asLong();
        long notification = alice.get("/api/inbox").json().get(0).get("id").asLong();
        Api[] callers = {alice, bob, victor, rita, dora, yves, admin, sam, anonymous};
        String step = "{\"action\":\"ACCEPT\"}";
        Object[][] matrix = {
            // alice, bob, victor, rita, dora, yves, admin, sam, anonymous
            {"GET", "/api/applications/" + id, null, new int[] {200, 404, 200, 200, 200, 404, 200, 200, 401}},
            {"GET", "/api/applications?size=5", null, new int[] {200, 200, 200, 200, 200, 200, 200, 200, 401}},
            {
                "POST",
                "/api/applications",
                "{\"productId\":" + product + ",\"versionNumber\":1,\"certificationBodyId\":" + body + "}",
                new int[] {201, 404, 403, 403, 403, 403, 403, 403, 401}
            },
            {"POST", "/api/applications/" + id + "/steps", step, new int[] {409, 404, 409, 409, 409, 404, 409, 403, 401}
            },
            {
                "GET",
                "/api/applications/" + id + "/messages",
                null,
                new int[] {200, 404, 200, 200, 200, 404, 200, 200, 401}
            },
            {
                "POST",
                "/api/applications/" + id + "/messages",
                "{\"text\":\"A question\"}",
                new int[] {201, 404, 201, 201, 201, 404, 403, 403, 401}
            },
            {"GET", "/api/applications/" + id + "/model", null, new int[] {200, 404, 200, 200, 200, 404, 200, 200, 401}
            },
            // a draft has no submissions to compare: the parties are told so, others learn nothing
            {"GET", "/api/applications/" + id + "/diff", null, new int[] {400, 404, 400, 400, 400, 404, 400, 400, 401}},
            {
                "GET",
                "/api/applications/" + certified + "/snapshots/1",
                null,
                new int[] {200, 404, 200, 200, 200, 404, 200, 200, 401}
            },
            {
                "GET",
                "/api/applications/" + certified + "/result",
                null,
                new int[] {200, 404, 200, 200, 200, 404, 200, 200, 401}
            },
            {"GET", "/api/certificates?size=5", null, new int[] {200, 200, 200, 200, 200, 200, 200, 200, 401}},
            {"GET", "/api/certificates/" + number, null, new int[] {200, 404, 200, 200, 200, 404, 200, 200, 401}},
            {
                "GET",
                "/api/certificates/" + number + "/surveillances",
                null,
                new int[] {200, 404, 200, 200, 200, 404, 200, 200, 401}
            },
            // an active certificate cannot be reinstated by anyone: those who see it are told so (as for
            // applications, a step impossible in the state is refused for the state); the supervisor never acts
            {
                "POST",
                "/api/certificates/" + number + "/steps",
                "{\"action\":\"REINSTATE\",\"reason\":\"matrix\"}",
                new int[] {409, 404, 409, 409, 409, 404, 409, 403, 401}
            },
            {
                "POST",
                "/api/certificates/" + number + "/surveillances",
                "{\"outcome\":\"CONFIRMED\",\"note\":\"ok\"}",
                new int[] {403, 404, 201, 403, 403, 404, 403, 403, 401}
            },
            {"GET", "/api/inbox", null, new int[] {200, 200, 200, 200, 200, 200, 200, 200, 401}},
            {"PUT", "/api/auth/email", "{\"email\":null}", new int[] {204, 204, 204, 204, 204, 204, 204, 204, 401}},
            {"GET", "/api/conflicts-of-interest", null, new int[] {403, 403, 200, 200, 200, 200, 403, 403, 401}},
            {
                "POST",
                "/api/inbox/" + notification + "/read",
                null,
                new int[] {204, 404, 404, 404, 404, 404, 404, 404, 401}
            },
            // last: a declared conflict stays, and bars these people from alice's cases
            {
                "POST",
                "/api/conflicts-of-interest",
                "{\"organisationId\":" + aliceOrganisation + "}",
                new int[] {403, 403, 201, 201, 201, 201, 403, 403, 401}
            },
        };
        for (Object[] row : matrix) {
            int[] expected = (int[]) row[3];
            for (int c = 0; c < callers.length; c++) {
                Api.Reply r = callers[c].send((String) row[0], (String) row[1], row[2], null);
                assertEquals(expected[c], r.status(), row[0] + " " + row[1] + " as caller " + c + ": " + r.body());
                if (r.status() >= 400) {
                    assertTrue(r.contentType().startsWith("application/problem+json"), row[1] + " " + r.contentType());
                }
            }
        }
    }

    // --- helpers ---

    private static JsonNode certificateStep(Api who, String number, Map<String, Object> body, int expected)
            throws Exception {
        Api.Reply r = who.post("/api/certificates/" + number + "/steps", body);
        assertEquals(expected, r.status(), r.body());
        return r.json();
    }

    private static void refused(Api who, long id, Map<String, Object> body, int status, String type) throws Exception {
        refused(who, "/api/applications/" + id + "/steps", body, status, type);
    }

    private static void refused(Api who, String path, Map<String, Object> body, int status, String type)
            throws Exception {
        Api.Reply r = who.post(path, body);
        assertEquals(status, r.status(), r.body());
        assertEquals("/problems/" + type, r.json().get("type").asText(), r.body());
    }

    private static List<Long> inbox(Api who) throws Exception {
        List<Long> ids = new ArrayList<>();
        who.get("/api/inbox?unread=true")
                .json()
                .forEach(e -> ids.add(e.get("applicationId").asLong()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
