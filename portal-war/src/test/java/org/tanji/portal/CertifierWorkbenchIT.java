package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A certification from submission to suspension in headless Chromium, with five people and the administrator, once
 * in Chinese and once in English: the exporter submits; a verifier with a declared conflict of interest is offered
 * no step and told why; the verifier accepts and asks about a line of the bill of materials; the exporter answers
 * with a document, which the verifier reads in the page; the verifier issues a statement; the reviewer sends it back
 * once; a stale page is told so; the reviewer passes it; the decision-maker approves; the public page shows the
 * certificate valid; the administrator suspends it and the public page shows it suspended. Every expected word comes
 * from the language's bundle ({@link Words}). Screenshots (suffixed {@code -zh}/{@code -en}) under
 * target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertifierWorkbenchIT {
    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aCaseGoesFromSubmissionToACertificateAndASuspensionInTheBrowser(String language) throws Exception {
        Words words = Words.of(language);
        String suffix = words.chinese() ? "-zh" : "-en";
        URI base = url.toURI();
        Accounts accounts = new Accounts(base, Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD));
        long run = System.nanoTime();
        long exporter = accounts.organisation("Xiamen Battery Works " + run, "EXPORTER");
        String bodyName = "Fujian Verification Centre " + run;
        long body = accounts.organisation(bodyName, "CERTIFICATION_BODY");
        String alice = "wb-alice-" + run;
        String victor = "wb-victor-" + run;
        String carl = "wb-carl-" + run;
        String rita = "wb-rita-" + run;
        String dora = "wb-dora-" + run;
        Api aliceApi = accounts.user(alice, "EXPORTER", exporter);
        Api victorApi = accounts.user(victor, "VERIFIER", body);
        Api carlApi = accounts.user(carl, "VERIFIER", body);
        accounts.user(rita, "REVIEWER", body);
        accounts.user(dora, "DECISION_MAKER", body);
        String ada = "wb-ada-" + run;
        accounts.user(ada, "ADMIN", accounts.organisation("Xiamen Trade Platform " + run, "OPERATOR"));
        // carl audited the exporter last year: he declares it, and the workflow keeps him off its cases
        assertEquals(
                201,
                carlApi.post("/api/conflicts-of-interest", Map.of("organisationId", exporter))
                        .status());
        CertificationPath path = new CertificationPath(aliceApi, body, victorApi, null, null);
        long product = path.calculatedProduct("LFP home battery " + run);

        try (Browser chromium = new Browser(1280, 1000)) {
            WebDriver browser = chromium.driver;

            // the exporter submits the calculated version to the body from the product's page
            chromium.signIn(url, "workspace/product.html?id=" + product, words, alice);
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submit")));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#submit select[name=body]")))
                    .selectByVisibleText(bodyName);
            chromium.click(browser.findElement(By.cssSelector("#submit button")));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("certification-state"), words.text("application.SUBMITTED")));
            long application = aliceApi.get("/api/products/" + product + "/progress")
                    .json()
                    .at("/application/id")
                    .asLong();

            // a verifier with a declared conflict of interest: nothing in the queue, no step on the case, and why
            chromium.signIn(url, "workbench/index.html", words, carl);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-count"), "0"));
            browser.get(url + "workbench/case.html?id=" + application);
            WebElement none = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-steps")));
            assertEquals(
                    words.text("case.keptOff", Map.of("rule", words.text("rule.CONFLICT_OF_INTEREST"))),
                    none.getText());
            assertEquals(
                    0, browser.findElements(By.cssSelector("#step-forms form")).size());

            // the verifier finds it in the queue, with its holder and due date, and accepts it
            chromium.signIn(url, "workbench/index.html", words, victor);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-count"), "1"));
            WebElement row = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#queue tr[data-application='" + application + "']")));
            assertTrue(row.getText().contains("Xiamen Battery Works " + run), row.getText());
            assertTrue(row.getText().contains(words.text("application.SUBMITTED")), row.getText());
            assertTrue(row.getText().contains(words.text("action.ACCEPT")), row.getText());
            chromium.screenshot("workbench-queue" + suffix);
            chromium.click(row.findElement(By.tagName("a")));
            step(chromium, words, "ACCEPT", Map.of(), "UNDER_VERIFICATION");
            // the frozen result reproduces against its pinned datasets
            chromium.click(browser.findElement(By.id("reproduce")));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("reproduce-message"), words.start("case.reproduces", Map.of())));
            for (String chart : new String[] {"stages-chart", "pareto-chart", "tree-chart"}) {
                chromium.wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
            }

            // a question about one line of the bill of materials
            WebElement ask = browser.findElement(By.cssSelector("#lines button.ask[data-topic=BOM_LINE]"));
            String line = ask.getAttribute("data-ref");
            chromium.click(ask);
            WebElement question = browser.findElement(By.cssSelector("form[data-action=REQUEST_CLARIFICATION]"));
            assertTrue(
                    question.getText().contains(words.text("case.aboutBOM_LINE", Map.of("ref", line))),
                    question.getText());
            step(
                    chromium,
                    words,
                    "REQUEST_CLARIFICATION",
                    Map.of("text", "Which supplier made these cells, and where is its test report?"),
                    "CLARIFICATION_REQUESTED");
            JsonNode asked = victorApi
                    .get("/api/applications/" + application + "/messages")
                    .json()
                    .get(0);
            assertEquals("BOM_LINE", asked.get("topic").asText());
            assertEquals(line, asked.get("topicRef").asText());

            // the exporter answers on the product's page with the supplier's test report (a PDF)
            chromium.signIn(url, "workspace/product.html?id=" + product, words, alice);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-messages"), line));
            browser.findElement(By.cssSelector("#respond textarea"))
                    .sendKeys("Cells from supplier A; report attached.");
            Path report = Files.createTempFile("cell-test-report", ".pdf");
            Files.write(report, pdf("Cell test report no. 2025-031"));
            browser.findElement(By.cssSelector("#respond input[type=file]")).sendKeys(report.toString());
            chromium.click(browser.findElement(By.cssSelector("#respond button")));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("certification-state"), words.text("application.UNDER_VERIFICATION")));
            // and a spreadsheet of the cells' weights, through the API
            Map<String, Api.Part> parts = new LinkedHashMap<>();
            parts.put(
                    "file",
                    new Api.Part(
                            "cell-weights.csv",
                            "text/csv",
                            "cell,mass_kg\nLFP 280Ah,5.42\nLFP 100Ah,1.98\n"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(
                    201,
                    aliceApi.multipart("POST", "/api/products/" + product + "/evidence", parts, null)
                            .status());

            // the verifier reads the answer and both documents in the case, then issues the statement
            chromium.signIn(url, "workbench/case.html?id=" + application, words, victor);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "supplier A"));
            WebElement frame = chromium.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence iframe.evidence-view")));
            HttpPdf shown =
                    HttpPdf.of(victorApi, URI.create(frame.getAttribute("src")).getPath());
            assertEquals("application/pdf", shown.type());
            assertTrue(shown.disposition().startsWith("inline"), shown.disposition());
            // described in the exporter's language, as the exporter's page sent it (UTF-8, no charset named)
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("evidence"), words.text("cert.evidenceFor", Map.of("id", application))));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"), "LFP 280Ah"));
            assertTrue(browser.findElement(By.id("evidence")).getText().contains("5.42"));
            scrollTo(browser, "evidence");
            chromium.screenshot("workbench-evidence" + suffix);
            step(
                    chromium,
                    words,
                    "ISSUE_STATEMENT",
                    Map.of("text", "The carbon footprint is fairly stated, in all material respects."),
                    "VERIFIED");
            assertEquals(
                    "REASONABLE",
                    victorApi
                            .get("/api/applications/" + application)
                            .json()
                            .at("/statement/assurance")
                            .asText());

            // the reviewer starts the review and sends it back once
            chromium.signIn(url, "workbench/index.html", words, rita);
            chromium.click(chromium.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#queue tr[data-application='" + application + "'] a"))));
            step(chromium, words, "START_REVIEW", Map.of(), "UNDER_REVIEW");
            step(
                    chromium,
                    words,
                    "SEND_BACK",
                    Map.of("reason", "State the cut-off applied to the cell casing."),
                    "UNDER_VERIFICATION");

            // the verifier's page goes stale: the statement issued from another window meanwhile
            chromium.signIn(url, "workbench/case.html?id=" + application, words, victor);
            chromium.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-action=ISSUE_STATEMENT]")));
            CertificationPath.step(
                    victorApi,
                    application,
                    Map.of("action", "ISSUE_STATEMENT", "statement", CertificationPath.statement()),
                    200);
            open(chromium, "REQUEST_CLARIFICATION");
            WebElement stale = browser.findElement(By.cssSelector("form[data-action=REQUEST_CLARIFICATION]"));
            stale.findElement(By.name("text")).sendKeys("One more question");
            chromium.click(stale.findElement(By.tagName("button")));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("step-message"), words.text("case.stale")));
            chromium.screenshot("workbench-case-stale" + suffix);

            // the reviewer passes it, the decision-maker approves it
            chromium.signIn(url, "workbench/case.html?id=" + application, words, rita);
            step(chromium, words, "START_REVIEW", Map.of(), "UNDER_REVIEW");
            step(chromium, words, "PASS_REVIEW", Map.of("text", "Cut-off now stated; nothing material."), "REVIEWED");
            chromium.signIn(url, "workbench/index.html", words, dora);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-count"), "1"));
            chromium.click(chromium.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#queue tr[data-application='" + application + "'] a"))));
            chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-action=APPROVE]")));
            scrollTo(browser, "title");
            chromium.screenshot("workbench-case" + suffix);
            step(chromium, words, "APPROVE", Map.of("reason", "Verified with reasonable assurance."), "CERTIFIED");
            String number = aliceApi.get("/api/applications/" + application)
                    .json()
                    .get("certificateNumber")
                    .asText();

            // anyone, on a phone, with no login: valid
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
            browser.get(url + "verify.html?n=" + number);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "✔"));
            chromium.screenshot("workbench-public-valid" + suffix);
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

            // the scheme's administrator suspends it from the certificates page
            chromium.signIn(url, "workbench/certificates.html", words, ada);
            WebElement certificate = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#certificates tr[data-number='" + number + "']")));
            certificate.findElement(By.name("reason")).sendKeys("Regulator's order 2026-17: label misuse reported");
            chromium.click(certificate.findElement(By.cssSelector("button[data-step=SUSPEND]")));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("message"),
                    words.text("certs.done", Map.of("number", number, "state", words.text("certificate.SUSPENDED")))));
            chromium.screenshot("workbench-certificates" + suffix);

            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
            browser.get(url + "verify.html?n=" + number);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "✘"));
            chromium.screenshot("workbench-public-suspended" + suffix);
        }
    }

    /**
     * Fills the case page's form for {@code action} with {@code fields} (by name), sends it and waits until the page
     * says the case is now in {@code state}.
     */
    private static void step(Browser chromium, Words words, String action, Map<String, String> fields, String state) {
        // a step with fields is folded away unless it is the first: open it as a person would
        open(chromium, action);
        WebElement form = chromium.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-action=" + action + "]")));
        fields.forEach((name, value) -> form.findElement(By.name(name)).sendKeys(value));
        chromium.click(form.findElement(By.tagName("button")));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("step-message"), words.text("case.done", Map.of("state", words.text("application." + state)))));
    }

    /** Unfolds the step {@code action} if it is folded away. */
    private static void open(Browser chromium, String action) {
        WebElement step = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#step-forms [data-action=" + action + "]")));
        if (step.getTagName().equals("details") && step.getAttribute("open") == null) {
            chromium.click(step.findElement(By.tagName("summary")));
        }
    }

    private static void scrollTo(WebDriver browser, String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** A one-page PDF saying {@code text}, as a supplier's report would be. */
    private static byte[] pdf(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var document = new com.itextpdf.layout.Document(
                new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(out)))) {
            document.add(new com.itextpdf.layout.element.Paragraph(text));
        }
        return out.toByteArray();
    }

    /** What the portal answers for a document the page frames: its type and disposition. */
    private record HttpPdf(String type, String disposition) {
        static HttpPdf of(Api api, String path) throws Exception {
            var r = api.download(path);
            assertEquals(200, r.statusCode());
            return new HttpPdf(
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""));
        }
    }
}
