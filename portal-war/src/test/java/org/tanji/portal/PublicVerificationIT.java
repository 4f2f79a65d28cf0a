package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.io.ModelJson;
import org.tanji.core.uncertainty.DataQualityRating;

/**
 * What a buyer who scans a label sees, without an account: whether the certificate is valid now, and what the
 * label claims — never anything confidential; the register of valid certificates; and the limit on how often one
 * address may ask.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicVerificationIT {
    @ArquillianResource
    URL url;

    URI base;
    Api anonymous;
    Api alice;
    Api dora;
    String run;
    String aliceLogin;
    String holder;
    CertificationPath path;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @BeforeEach
    void accounts() throws Exception {
        base = url.toURI();
        anonymous = Api.anonymous(base);
        Accounts accounts = new Accounts(base, Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD));
        run = UUID.randomUUID().toString().substring(0, 8);
        holder = "Xiamen Battery Works " + run;
        long exporter = accounts.organisation(holder, "EXPORTER");
        aliceLogin = "alice-" + run;
        alice = accounts.user(aliceLogin, "EXPORTER", exporter);
        long body = accounts.organisation("Fujian Certification Centre " + run, "CERTIFICATION_BODY");
        dora = accounts.user("dora-" + run, "DECISION_MAKER", body);
        path = new CertificationPath(
                alice,
                body,
                accounts.user("victor-" + run, "VERIFIER", body),
                accounts.user("rita-" + run, "REVIEWER", body),
                dora);
    }

    @Test
    @Order(1)
    void anyoneSeesWhetherACertificateIsValidByItsNumberOrItsLabelsCode() throws Exception {
        String number = path.certify(path.calculatedProduct("LFP home battery " + run), null);
        Api.Reply byNumber = anonymous.get("/api/public/certificates/" + number);
        assertEquals(200, byNumber.status(), byNumber.body());
        JsonNode c = byNumber.json();
        assertEquals("ACTIVE", c.get("status").asText());
        assertTrue(c.get("valid").asBoolean());
        assertEquals(holder, c.get("holder").asText());
        assertEquals("Xiamen", c.get("holderSite").asText()); // the organisation's registered address
        assertEquals("LFP home battery " + run, c.get("product").asText());
        double direct = FootprintCalculator.using(FactorSource.empty())
                .calculate(ModelJson.read(CertificationPath.BATTERY))
                .total();
        assertEquals(direct, c.get("kgCo2e").asDouble(), 1e-9);
        assertEquals(
                "1 piece (one battery pack, 6,000 cycles of service life)",
                c.get("declaredUnit").asText());
        assertEquals("cradle-to-grave", c.get("systemBoundary").asText());
        assertEquals("AR6", c.get("gwpSet").asText());
        assertEquals("Fujian Certification Centre " + run, c.get("issuer").asText());

        // the label's code: 128 random bits, the same certificate
        String token = c.get("verificationToken").asText();
        assertTrue(token.matches("[A-Za-z0-9_-]{22}"), token);
        assertEquals(
                number,
                anonymous
                        .get("/api/public/verification/" + token)
                        .json()
                        .get("number")
                        .asText());
        assertNothingConfidential(byNumber.body());

        // the certificate as PDF, for anyone: its embedded data is the same certificate
        java.net.http.HttpResponse<byte[]> pdf = fetch("/api/public/certificates/" + number + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        // issued once: the second download is the same file
        assertTrue(java.util.Arrays.equals(pdf.body(), download("/api/public/certificates/" + number + "/pdf")));
        JsonNode check = Api.JSON.readTree(post("/api/public/documents/check", pdf.body()));
        assertTrue(check.get("issued").asBoolean(), check.toString());
        assertTrue(check.get("latest").asBoolean(), check.toString());
        assertEquals("CERTIFICATE", check.get("kind").asText());
        assertEquals(number, check.get("certificate").get("number").asText());
        byte[] altered = pdf.body().clone();
        altered[altered.length / 2] ^= 1;
        assertFalse(Api.JSON
                .readTree(post("/api/public/documents/check", altered))
                .get("issued")
                .asBoolean());
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(pdf.body())))) {
            var spec = doc.getCatalog()
                    .getPdfObject()
                    .getAsArray(com.itextpdf.kernel.pdf.PdfName.AF)
                    .getAsDictionary(0);
            String json = new String(
                    spec.getAsDictionary(com.itextpdf.kernel.pdf.PdfName.EF)
                            .getAsStream(com.itextpdf.kernel.pdf.PdfName.F)
                            .getBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(number, Api.JSON.readTree(json).get("number").asText());
            assertNothingConfidential(json);
        }

        java.net.http.HttpResponse<byte[]> label = fetch("/api/public/certificates/" + number + "/label?size=100x60");
        assertEquals(200, label.statusCode());
        assertTrue(new String(label.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
        Api.Reply badSize = anonymous.get("/api/public/certificates/" + number + "/label?size=A4");
        assertEquals("size", badSize.json().get("errors").get(0).get("field").asText(), badSize.body());
        // the same label as artwork for the packaging designer: a 600 dpi PNG and an SVG, both scanning to the page
        java.net.http.HttpResponse<byte[]> png =
                fetch("/api/public/certificates/" + number + "/label?size=100x60&format=png");
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        java.awt.image.BufferedImage artwork = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertEquals(2362, artwork.getWidth(), 1); // 100 mm at 600 dpi
        assertTrue(org.tanji.portal.infrastructure.documents.CertificateRendererTest.qrCodeOf(artwork)
                .endsWith("verify.html?t=" + token));
        java.net.http.HttpResponse<byte[]> svg =
                fetch("/api/public/certificates/" + number + "/label?size=100x60&format=svg");
        assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8).contains("width=\"100.00mm\""));
        Api.Reply badFormat = anonymous.get("/api/public/certificates/" + number + "/label?format=gif");
        assertEquals(400, badFormat.status(), badFormat.body());
        assertEquals(
                "format", badFormat.json().get("errors").get(0).get("field").asText(), badFormat.body());

        // suspended: not to be relied on, and the reason stays with the parties
        certificateStep(number, "SUSPEND", "Supplier evidence under investigation (confidential)");
        JsonNode suspended = anonymous.get("/api/public/verification/" + token).json();
        assertEquals("SUSPENDED", suspended.get("status").asText());
        assertFalse(suspended.get("valid").asBoolean());
        assertFalse(suspended.toString().contains("confidential"), suspended.toString());
        certificateStep(number, "REVOKE", "Evidence was forged (confidential)");
        JsonNode revoked = anonymous.get("/api/public/certificates/" + number).json();
        // what was issued stays available; a revoked certificate gets nothing new
        assertEquals(
                200,
                anonymous.get("/api/public/certificates/" + number + "/pdf").status());
        Api.Reply noNewLabel = anonymous.get("/api/public/certificates/" + number + "/label?size=50x30");
        assertEquals(409, noNewLabel.status(), noNewLabel.body());
        assertEquals("REVOKED", revoked.get("status").asText());
        assertFalse(revoked.toString().contains("forged"), revoked.toString());
        assertTrue(revoked.get("statusSince").asText().startsWith("20"), revoked.toString());

        // an unknown number and an unknown code get the same answer, which says nothing about anyone
        Api.Reply unknownNumber = anonymous.get("/api/public/certificates/TJ-2026-999999-X");
        Api.Reply unknownToken = anonymous.get("/api/public/verification/" + "A".repeat(22));
        assertEquals(404, unknownNumber.status());
        assertEquals(404, unknownToken.status());
        assertEquals(unknownNumber.json().get("detail"), unknownToken.json().get("detail"));
        assertTrue(unknownNumber.contentType().startsWith("application/problem+json"));
    }

    @Test
    @Order(2)
    void theRegisterListsValidCertificatesOnly() throws Exception {
        String kept = path.certify(path.calculatedProduct("Kept battery " + run), null);
        String revoked = path.certify(path.calculatedProduct("Revoked battery " + run), null);
        certificateStep(revoked, "REVOKE", "withdrawn");
        JsonNode register = anonymous.get("/api/public/register?q=" + run).json();
        List<String> numbers = new ArrayList<>();
        register.get("items").forEach(i -> numbers.add(i.get("number").asText()));
        assertEquals(List.of(kept), numbers);
        assertEquals(1, register.get("total").asInt());
        assertNothingConfidential(register.toString());
        // what a user types is text, not a pattern
        assertEquals(
                0,
                anonymous.get("/api/public/register?q=%25").json().get("total").asInt());
    }

    @Test
    @Order(3)
    void aCertificateStatesItsReferencePeriodDataQualityAndTheCertifiedMonteCarloInterval() throws Exception {
        long product = path.calculatedProduct("LFP home battery with uncertainty " + run);
        Api.Reply started =
                alice.post("/api/products/" + product + "/versions/1/monte-carlo?iterations=3000&seed=11", null);
        assertEquals(202, started.status(), started.body());
        JsonNode mc = finished(started.json().get("id").asText());
        String number = path.certify(product, null);

        JsonNode c = anonymous.get("/api/public/certificates/" + number).json();
        // the days the example model states its data represent
        assertEquals("2025-01-01", c.get("referencePeriod").get("start").asText(), c.toString());
        assertEquals("2025-12-31", c.get("referencePeriod").get("end").asText());
        // the run the certification froze, as the exporter saw it
        JsonNode interval = c.get("uncertainty");
        assertEquals(
                mc.get("total").get("p2_5").asDouble(), interval.get("p2_5").asDouble(), 0);
        assertEquals(
                mc.get("total").get("p97_5").asDouble(), interval.get("p97_5").asDouble(), 0);
        assertEquals(3000, interval.get("iterations").asInt());
        assertEquals(11, interval.get("seed").asLong());
        assertTrue(interval.get("p2_5").asDouble() < c.get("kgCo2e").asDouble());
        assertTrue(interval.get("p97_5").asDouble() > c.get("kgCo2e").asDouble());
        // the rating the engine gives the same model, weighted by contribution
        DataQualityRating dqr = DataQualityRating.of(
                FootprintCalculator.using(FactorSource.empty()).calculate(ModelJson.read(CertificationPath.BATTERY)));
        assertEquals(dqr.overall(), c.get("dataQuality").get("overall").asDouble(), 1e-12);
        assertEquals(dqr.coverage(), c.get("dataQuality").get("coverage").asDouble(), 1e-12);

        String text = pdfText("/api/public/certificates/" + number + "/pdf");
        assertTrue(text.contains("2025-01-01 – 2025-12-31"), text);
        assertTrue(text.contains("DQR " + String.format(java.util.Locale.ROOT, "%.1f", dqr.overall())), text);
        assertTrue(text.contains("3,000"), text);

        // a certificate without a Monte Carlo run says so instead of inventing an interval
        String plain = path.certify(path.calculatedProduct("LFP home battery " + run + " b"), null);
        assertTrue(anonymous
                .get("/api/public/certificates/" + plain)
                .json()
                .get("uncertainty")
                .isNull());
    }

    @Test
    @Order(3)
    void aModelThatStatesNoReferencePeriodIsNotSubmittedForCertification() throws Exception {
        String model = java.nio.file.Files.readString(CertificationPath.BATTERY)
                .replace("\"referencePeriod\": { \"start\": \"2025-01-01\", \"end\": \"2025-12-31\" },", "");
        Api.Reply created = alice.post(
                "/api/products", Map.of("name", "Undated battery " + run, "model", Api.JSON.readTree(model)));
        long product = created.json().get("id").asLong();
        alice.post("/api/products/" + product + "/versions", null);
        alice.post("/api/products/" + product + "/versions/1/calculations", null);
        long application = path.apply(product, 1, null);
        JsonNode refused = CertificationPath.step(alice, application, Map.of("action", "SUBMIT"), 400);
        assertEquals("versionNumber", refused.get("errors").get(0).get("field").asText(), refused.toString());
        assertTrue(refused.toString().contains("referencePeriod"), refused.toString());
    }

    @Test
    @Order(4)
    void aBuyerScansTheLabelWithAPhone() throws Exception {
        String number = path.certify(path.calculatedProduct("LFP home battery " + run), null);
        String token = anonymous
                .get("/api/public/certificates/" + number)
                .json()
                .get("verificationToken")
                .asText();
        try (Browser phone = new Browser(412, 915)) {
            phone.driver.get(url + "verify.html?t=" + token);
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Valid"));
            assertEquals(number, phone.driver.findElement(By.id("number")).getText());
            assertTrue(phone.driver.findElement(By.id("holder")).getText().startsWith(holder));
            assertEquals(
                    "2025-01-01 – 2025-12-31",
                    phone.driver.findElement(By.id("reference-period")).getText());
            phone.screenshot("verify-valid-phone");

            // the buyer checks the PDF the supplier sent
            java.nio.file.Path sent = java.nio.file.Files.createTempFile("certificate", ".pdf");
            java.nio.file.Files.write(sent, download("/api/public/certificates/" + number + "/pdf"));
            phone.driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(sent.toString());
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("upload-result"), "issued here and is unaltered"));
            phone.screenshot("verify-upload-phone");
            java.nio.file.Files.delete(sent);

            certificateStep(number, "SUSPEND", "under investigation");
            phone.driver.get(url + "verify.html?n=" + number);
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Suspended"));
            phone.screenshot("verify-suspended-phone");

            phone.driver.get(url + "register.html");
            phone.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#register tbody tr"), 0));
            phone.screenshot("register-phone");
        }
    }

    /** Last: it empties this address's allowance for a few seconds. */
    @Test
    @Order(5)
    void oneAddressAskingTooOftenIsToldToWait() throws Exception {
        int limited = 0;
        Api.Reply last = null;
        for (int i = 0; i < 400 && limited == 0; i++) {
            last = anonymous.get("/api/public/register?size=1");
            limited += last.status() == 429 ? 1 : 0;
        }
        assertEquals(429, last.status(), "20 a second, 200 at once: 400 quick requests go over");
        assertEquals("/problems/rate-limited", last.json().get("type").asText());
        assertTrue(last.contentType().startsWith("application/problem+json"));
        Thread.sleep(1_000); // the allowance comes back at 20 a second
        assertEquals(200, anonymous.get("/api/public/register?size=1").status());
    }

    private byte[] download(String path) throws Exception {
        java.net.http.HttpResponse<byte[]> r = fetch(path);
        assertEquals(200, r.statusCode());
        return r.body();
    }

    /** A GET of a binary answer (the PDFs), as anyone may send it. */
    private java.net.http.HttpResponse<byte[]> fetch(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(base.resolve(path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private String post(String path, byte[] pdf) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(base.resolve(path))
                                .header("Content-Type", "application/pdf")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The Monte Carlo job once it is done. */
    private JsonNode finished(String job) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode state = alice.get("/api/jobs/" + job).json();
            String status = state.get("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) {
                assertEquals("DONE", status, state.toString());
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the Monte Carlo job " + job + " did not finish in a minute");
    }

    /** The text of the first page of the PDF at {@code path}. */
    private String pdfText(String path) throws Exception {
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(download(path))))) {
            return com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getFirstPage());
        }
    }

    private void certificateStep(String number, String action, String reason) throws Exception {
        Api.Reply r = dora.post("/api/certificates/" + number + "/steps", Map.of("action", action, "reason", reason));
        assertEquals(200, r.status(), r.body());
    }

    private void assertNothingConfidential(String publicBody) {
        for (String secret : List.of(aliceLogin, "dora-" + run, "victor-" + run, "parts", "evidence", "statement")) {
            assertFalse(publicBody.contains(secret), secret + " in " + publicBody);
        }
    }
}
