package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exporter's workspace as a factory clerk uses it, in headless Chromium, once in Chinese and once in English:
 * create a product, upload a bill of materials with a mistake (told on its row and column, nothing stored), download
 * the template and upload it, lose a race with a colleague's edit (told, text kept), calculate, read the result with
 * its charts and line trail, and the dashboard on a phone. Every word a test expects comes from the language's
 * bundle ({@link Words}), so a page that shows the other language, or a key, fails. Screenshots (suffixed
 * {@code -zh} or {@code -en}) under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceIT {
    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void anExporterGoesFromANewProductToItsFootprintInTheBrowser(String language) throws Exception {
        Words words = Words.of(language);
        Clerk clerk = newExporter("clerk", "厦门灯具出口有限公司");
        String login = clerk.login();
        Api api = clerk.api();

        try (Browser chromium = new Browser(1280, 1000)) {
            WebDriver browser = chromium.driver;
            WebDriverWait wait = chromium.wait;
            signIn(chromium, "workspace/index.html", words, login);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("products"), words.text("dashboard.empty")));
            if (words.chinese()) {
                // Chinese in the portal's own web font, whatever fonts the machine has
                wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                        .executeScript("return [...document.fonts].some(f => f.family.includes('Tanji CJK')"
                                + " && f.status === 'loaded')"));
            }
            chromium.screenshot("workspace-dashboard-empty" + suffix(words));

            browser.findElement(By.cssSelector("#new-product input")).sendKeys("台灯 DL-2");
            browser.findElement(By.cssSelector("#new-product button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "台灯 DL-2"));
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("model"), words.text("product.noModel")));
            long product = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=", ""));

            // a mistake is told on its row and column, and nothing is stored
            upload(
                    browser,
                    "part,parent,quantity,unit,factor,kind\nlamp,,1,piece,,\n"
                            + "base,lamp,two,kg,desnz-2024:19_504_5104_15,material\n");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#upload-message table")));
            String errors = browser.findElement(By.id("upload-message")).getText();
            // the place in the page's language; what to fix is the engine's own (English) sentence
            String place = words.text("product.row", Map.of("row", 3))
                    + words.text("product.placeSeparator")
                    + words.text("product.column", Map.of("column", "quantity"));
            assertTrue(errors.contains(place) && errors.contains("'two' is not a number"), errors);
            assertTrue(browser.findElement(By.id("model")).getText().contains(words.text("product.noModel")));
            assertEquals(404, api.get("/api/products/" + product + "/model").status());
            scrollTo(browser, "bom");
            chromium.screenshot("workspace-upload-error" + suffix(words));

            // the workbook template the page offers is a bill of materials the portal reads as it is
            String link = browser.findElement(By.id("template-xlsx")).getAttribute("href");
            HttpResponse<byte[]> template = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, template.statusCode());
            browser.findElement(By.cssSelector("input[name=boundary][value=cradle-to-grave]"))
                    .click();
            upload(browser, template.body(), ".xlsx");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("upload-message"), words.text("product.uploaded", Map.of("parts", 3))));
            String bom = browser.findElement(By.id("model")).getText();
            assertTrue(bom.contains("aluminium housing") && bom.contains("0.6 kg"), bom);

            // a colleague renamed the product meanwhile: the clerk's edit is refused, and what they typed stays
            Api.Reply seen = api.get("/api/products/" + product);
            assertEquals(
                    200,
                    api.put("/api/products/" + product, Map.of("name", "台灯 DL-2（新）"), seen.etag())
                            .status());
            var description = browser.findElement(By.name("description"));
            description.sendKeys("铝合金台灯，出口英国");
            browser.findElement(By.cssSelector("#details button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("details-message"), words.text("error.stale")));
            assertEquals("铝合金台灯，出口英国", description.getAttribute("value"));
            scrollTo(browser, "title");
            chromium.screenshot("workspace-product" + suffix(words));

            // a bill of materials with published factors only, to check the footprint the page shows
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "（新）"));
            upload(
                    browser,
                    "part,parent,quantity,unit,scrap,factor,kind\nlamp,,1,piece,,,\n"
                            + "base,lamp,2.1,kg,0.04,desnz-2024:19_504_5104_15,material\n"
                            + "power,lamp,1.8,kWh,,cn-mee-elec-2023:province-cn-fj,electricity\n");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("model"), "1.8 kWh"));
            // a certificate needs the period the data represent
            ((JavascriptExecutor) browser)
                    .executeScript("document.querySelector('#reference-period [name=start]').value = '2025-01-01';"
                            + "document.querySelector('#reference-period [name=end]').value = '2025-12-31'");
            browser.findElement(By.id("save-declaration")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("declaration-message"), words.text("saved")));
            assertEquals(
                    "2025-12-31",
                    api.get("/api/products/" + product + "/model")
                            .json()
                            .at("/referencePeriod/end")
                            .asText());
            browser.findElement(By.id("calculate-button")).click();
            wait.until(ExpectedConditions.urlContains("result.html?calculation="));
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#lines tbody tr"), 1));
            // DESNZ 2024 primary aluminium 9106.91851 kg CO2e/t with 4 % scrap; MEE 2023 Fujian grid 0.4211 kg/kWh
            double expected = 2.1 / 0.96 * 9.10691851 + 1.8 * 0.4211;
            assertEquals(
                    new BigDecimal(expected).round(new MathContext(4)).toPlainString(),
                    browser.findElement(By.id("total")).getText());
            assertEquals(
                    words.text("result.perUnit", Map.of("unit", "1 " + words.text("unit.piece"))),
                    browser.findElement(By.id("per-unit")).getText());
            String lines = browser.findElement(By.id("lines")).getText();
            assertTrue(lines.contains("cn-mee-grid 2021-2023") && lines.contains("desnz-2024"), lines);
            for (String chart : List.of("stages-chart", "pareto-chart", "tree-chart", "flow-chart")) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
            }
            chromium.screenshot("workspace-result" + suffix(words));
            // the lines as CSV, saved by the browser from the page's button (UTF-8 with a BOM, for Excel)
            browser.findElement(By.id("export")).click();
            // Chrome may show the file before it has written it: wait for the whole of it (a header and two lines)
            List<String> rows = wait.until(d -> {
                try (var files = Files.list(chromium.downloads)) {
                    Path csv = files.filter(f -> f.toString().endsWith("-lines.csv"))
                            .findFirst()
                            .orElse(null);
                    List<String> read = csv == null ? List.of() : Files.readAllLines(csv, StandardCharsets.UTF_8);
                    return read.size() >= 3 ? read : null;
                } catch (java.io.IOException e) {
                    return null;
                }
            });
            assertTrue(rows.get(0).startsWith("\uFEFFline,part,activity,stage,amount"), rows.get(0));
            assertEquals(3, rows.size(), String.join("\n", rows));
            assertTrue(
                    rows.stream().anyMatch(r -> r.contains("cn-mee-elec-2023:province-cn-fj") && r.contains("0.4211")));
            // the same lines as a workbook, from the page's download link
            String xlsx = browser.findElement(By.id("export-xlsx")).getAttribute("href");
            HttpResponse<byte[]> book = api.download(URI.create(xlsx).getPath());
            assertEquals(200, book.statusCode());
            try (var workbook =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(book.body()))) {
                var trail = workbook.getSheet("Lines 明细");
                assertEquals(3, trail.getPhysicalNumberOfRows()); // a header and two lines
                java.util.Set<Double> factors = java.util.Set.of(
                        trail.getRow(1).getCell(7).getNumericCellValue(),
                        trail.getRow(2).getCell(7).getNumericCellValue());
                assertEquals(java.util.Set.of(9106.91851, 0.4211), factors);
            }

            browser.findElement(By.linkText(words.text("nav.dashboard"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("products"), words.text("status.CALCULATED")));
            assertTrue(browser.findElement(By.id("todo")).getText().contains(words.text("step.SUBMIT")));
            chromium.screenshot("workspace-dashboard" + suffix(words));

            // submitted to a certification body from the product's page; the verifier asks, the clerk answers there
            String bodyName = "Xiamen Certification Centre " + System.nanoTime();
            long body = clerk.accounts().organisation(bodyName, "CERTIFICATION_BODY");
            Api verifier = clerk.accounts().user("verifier-" + System.nanoTime(), "VERIFIER", body);
            browser.findElement(By.cssSelector("#todo a.action")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submit")));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#submit select[name=body]")))
                    .selectByVisibleText(bodyName);
            browser.findElement(By.cssSelector("#submit button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("certification-state"), words.text("application.SUBMITTED")));
            long application = api.get("/api/products/" + product + "/progress")
                    .json()
                    .at("/application/id")
                    .asLong();
            CertificationPath.step(verifier, application, Map.of("action", "ACCEPT"), 200);
            CertificationPath.step(
                    verifier,
                    application,
                    Map.of("action", "REQUEST_CLARIFICATION", "text", "Which smelter supplied the aluminium base?"),
                    200);
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-messages"), "smelter"));
            browser.findElement(By.cssSelector("#respond textarea")).sendKeys("Primary ingot from a Fujian smelter.");
            Path mill = Files.createTempFile("mill-certificate", ".xlsx");
            Files.write(mill, template.body()); // any workbook will do as the mill's certificate here
            browser.findElement(By.cssSelector("#respond input[type=file]")).sendKeys(mill.toString());
            scrollTo(browser, "certification");
            chromium.screenshot("workspace-clarification" + suffix(words));
            browser.findElement(By.cssSelector("#respond button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("certification-state"), words.text("application.UNDER_VERIFICATION")));
            // the case's history, in the page's language, from the audit log
            wait.until(d -> d.findElement(By.id("history"))
                    .getAttribute("textContent")
                    .contains(words.text("history.CLARIFICATION_ANSWERED")));
            String history = browser.findElement(By.id("history")).getAttribute("textContent");
            assertTrue(
                    history.indexOf(words.text("history.APPLICATION_SUBMITTED"))
                            < history.indexOf(words.text("history.CLARIFICATION_REQUESTED")),
                    history);
            var answer = verifier.get("/api/applications/" + application + "/messages")
                    .json()
                    .get(1);
            assertEquals(
                    "Primary ingot from a Fujian smelter.", answer.get("text").asText());
            // the document came along, as the product's evidence the answer names
            assertEquals("EVIDENCE", answer.get("topic").asText());
            assertEquals(
                    answer.get("topicRef").asText(),
                    api.get("/api/products/" + product + "/evidence")
                            .json()
                            .get(0)
                            .get("id")
                            .asText());
        }
        try (Browser phone = new Browser(412, 915)) {
            signIn(phone, "workspace/index.html", words, login);
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#products tbody tr")));
            // on a phone each product is a card: no table header, each value labelled
            assertEquals(
                    "none",
                    phone.driver.findElement(By.cssSelector("#products thead")).getCssValue("display"));
            phone.screenshot("workspace-dashboard-phone" + suffix(words));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void anExporterBuildsABillOfMaterialsInTheGuidedEditor(String language) throws Exception {
        Words words = Words.of(language);
        Clerk clerk = newExporter("editor", "Xiamen Lamp Works");
        String login = clerk.login();
        Api api = clerk.api();
        long product = api.post("/api/products", Map.of("name", "Desk lamp DL-3"))
                .json()
                .get("id")
                .asLong();

        try (Browser chromium = new Browser(1280, 1000)) {
            WebDriver browser = chromium.driver;
            signIn(chromium, "workspace/editor.html?id=" + product, words, login);
            Editor editor = new Editor(chromium);
            editor.wait(By.cssSelector("fieldset.part[data-part='product']"));

            editor.component("product", "p2", "Aluminium housing", "0.6", "4");
            editor.activity("p2", "material", "aluminium", "desnz-2024:19_504_5104_15");
            editor.component("product", "p3", "Plastic shade", "0.25", "2");
            editor.activity("p3", "material", "average plastics", "desnz-2024:19_505_5120_15");
            editor.component("product", "p4", "Gift box", "0.4", "0");
            editor.activity("p4", "packaging", "Paper and board: board", "desnz-2024:19_506_5156_15");
            editor.type("p4", "amount", "1"); // a kilogram of board in each kilogram of box
            // a supplier's declared footprint as the exporter's own factor, kept with the model as primary data
            editor.component("product", "p5", "LED module", "1", "0");
            new org.openqa.selenium.support.ui.Select(browser.findElement(
                            By.cssSelector("fieldset.part[data-part='p5'] > div.row select[name=partUnit]")))
                    .selectByValue("piece");
            editor.activity("p5", "material", "LED module", null);
            editor.click(editor.activityOf("p5", "material").findElement(By.cssSelector("button.pick")));
            var own = editor.wait(By.cssSelector("#factor-picker form.own-factor"));
            own.findElement(By.name("name")).sendKeys("LED module, supplier EPD");
            own.findElement(By.name("value")).sendKeys("2.5");
            new org.openqa.selenium.support.ui.Select(own.findElement(By.name("unit"))).selectByValue("piece");
            own.findElement(By.name("source")).sendKeys("Supplier EPD no. 2025-118");
            own.findElement(By.name("year")).sendKeys("2025");
            own.findElement(By.tagName("button")).click();
            chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("factor-picker")));
            // kept for the organisation's other products too
            assertTrue(api.get("/api/own-factors").body().contains("Supplier EPD no. 2025-118"));
            // grid electricity from the picker's suggestion for Fujian, the province first
            editor.activity("product", "electricity", "assembly and test", null);
            editor.type("product", "amount", "0.8");
            editor.pickFirstActivityFactor("product", "electricity", "cn-mee-elec-2023:province-cn-fj");
            editor.activity("product", "transport", "Container ship", "desnz-2024:27_320_3229_14");
            editor.type("product", "mass", "1.5");
            editor.type("product", "distance", "19500");
            editor.type("product", "mode", "container ship");
            // inbound: the aluminium comes by sea, inside a cradle-to-gate boundary
            new org.openqa.selenium.support.ui.Select(editor.field("product", "stage", "transport"))
                    .selectByValue("raw-material-acquisition");
            chromium.screenshot("workspace-editor" + suffix(words));
            browser.findElement(By.id("save")).click();
            chromium.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("message"), words.text("saved")));

            browser.get(url + "workspace/product.html?id=" + product);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("model"), "Gift box"));
            browser.findElement(By.id("calculate-button")).click();
            chromium.wait.until(ExpectedConditions.urlContains("result.html?calculation="));
            chromium.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#lines tbody tr"), 5));
            assertTrue(browser.findElement(By.id("lines")).getText().contains("Supplier EPD no. 2025-118"));
            // DESNZ 2024: primary aluminium 9106.91851, average plastics 3164.78049, board 1193.96586 kg CO2e/t;
            // 8000+ TEU container ship 0.0125 kg CO2 + CH4 and N2O published as AR5 CO2e (0.00000448 at 28,
            // 0.00015 at 265), restated with AR6 (29.8, 273); MEE 2023 Fujian grid 0.4211 kg CO2/kWh
            double ship = 0.0125 + 0.00000448 / 28 * 29.8 + 0.00015 / 265 * 273;
            double expected = 0.6 / 0.96 * 9.10691851
                    + 0.25 / 0.98 * 3.16478049
                    + 0.4 * 1.19396586
                    + 0.8 * 0.4211
                    + 1.5 / 1000 * 19500 * ship
                    + 2.5; // the LED module's own factor, as entered
            assertEquals(
                    new BigDecimal(expected).round(new MathContext(4)).toPlainString(),
                    browser.findElement(By.id("total")).getText());

            // a second version with more electricity, compared line by line with the first on the product's page
            browser.get(url + "workspace/editor.html?id=" + product);
            editor.wait(By.cssSelector("fieldset.part[data-part='p4']"));
            editor.type("product", "amount", "1.0");
            // what if: the edit's footprint before it is saved, beside version 1
            browser.findElement(By.id("what-if")).click();
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("preview"), words.text("editor.thisDraft")));
            String preview = browser.findElement(By.id("preview")).getText();
            assertTrue(preview.contains("+" + new BigDecimal(0.2 * 0.4211).round(new MathContext(4))), preview);
            chromium.screenshot("workspace-what-if" + suffix(words));
            browser.findElement(By.id("save")).click();
            chromium.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("message"), words.text("saved")));
            browser.get(url + "workspace/product.html?id=" + product);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("model"), "1 kWh"));
            browser.findElement(By.id("calculate-button")).click();
            chromium.wait.until(ExpectedConditions.urlContains("result.html?calculation="));
            browser.findElement(By.id("back")).click();
            editor.wait(By.cssSelector("#compare button")).click();
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("comparison"), words.text("compare.CHANGED")));
            String comparison = browser.findElement(By.id("comparison")).getText();
            // 0.2 kWh more at 0.4211 kg CO2/kWh, said as the language writes the totals' line
            String totals = words.text(
                    "compare.totals",
                    Map.of("difference", "+" + new BigDecimal(0.2 * 0.4211).round(new MathContext(4))));
            assertTrue(comparison.contains(totals.substring(totals.indexOf(" kg CO2e"))), comparison);
            assertTrue(comparison.contains("product/assembly and test"), comparison);
            scrollTo(browser, "calculate");
            chromium.screenshot("workspace-compare" + suffix(words));
        }
    }

    /**
     * A 1,000-part bill of materials: its result page becomes usable, a Monte Carlo run of it shows its progress and
     * is cancelled from the page, and a shorter one ends in a histogram. Prints the page's weight and the time until
     * its line trail is shown (measured, not asserted; the README reports them).
     */
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aLongMonteCarloRunIsCancelledAndAShortOneDrawsItsHistogram(String language) throws Exception {
        Words words = Words.of(language);
        Clerk clerk = newExporter("mc", "Xiamen Rack Co.");
        String login = clerk.login();
        Api api = clerk.api();
        Api.Reply created = api.post("/api/products", Map.of("name", "Server rack SR-1000"));
        long product = created.json().get("id").asLong();
        StringBuilder bom = new StringBuilder("part,parent,quantity,unit,scrap,factor,kind,gsd\nrack,,1,piece,,,,\n");
        for (int i = 1; i < 1000; i++) {
            bom.append("part-").append(i).append(",rack,0.01,kg,0.01,desnz-2024:19_504_5104_15,material,1.2\n");
        }
        Map<String, Api.Part> parts = new java.util.LinkedHashMap<>();
        parts.put("file", new Api.Part("rack.csv", "text/csv", bom.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                200,
                api.multipart("PUT", "/api/products/" + product + "/bom", parts, created.etag())
                        .status());
        api.post("/api/products/" + product + "/versions", null);
        long calculation = api.post("/api/products/" + product + "/versions/1/calculations", null)
                .json()
                .get("id")
                .asLong();

        try (Browser chromium = new Browser(1280, 1000)) {
            WebDriver browser = chromium.driver;
            signIn(chromium, "workspace/index.html", words, login);
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("products"), "SR-1000"));

            browser.get(url + "workspace/result.html?calculation=" + calculation);
            chromium.wait.until(
                    ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#lines tbody tr"), 998));
            Object timing = ((JavascriptExecutor) browser)
                    .executeScript("const n = performance.getEntriesByType('navigation')[0];"
                            + " const r = performance.getEntriesByType('resource');"
                            + " return 'result page, 1,000 lines: lines shown after ' + Math.round(performance.now())"
                            + " + ' ms; DOM ready after ' + Math.round(n.domContentLoadedEventEnd) + ' ms; '"
                            + " + r.length + ' resources, ' + Math.round((n.transferSize + r.reduce((s, e) => s"
                            + " + e.transferSize, 0)) / 1024) + ' KiB transferred'");
            System.out.println(language + " " + timing);

            WebElement draws = browser.findElement(By.id("mc-iterations"));
            draws.clear();
            draws.sendKeys("100000");
            browser.findElement(By.id("mc-start")).click();
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mc-cancel")));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("mc-message"), words.start("mc.running", Map.of())));
            chromium.screenshot("workspace-monte-carlo-running" + suffix(words));
            browser.findElement(By.id("mc-cancel")).click();
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("mc-message"), words.text("mc.cancelled")));

            draws.clear();
            draws.sendKeys("500");
            browser.findElement(By.id("mc-start")).click();
            // "500 draws: 95 % of them between …", up to the figures the run computed
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("mc-message"), words.start("mc.done", Map.of("iterations", 500))));
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mc-chart canvas")));
            scrollTo(browser, "uncertainty");
            chromium.screenshot("workspace-monte-carlo-done" + suffix(words));
        }
    }

    /** The guided editor as a person fills it: each part's box by its id, fields by name. */
    private static final class Editor {
        final Browser chromium;

        Editor(Browser chromium) {
            this.chromium = chromium;
        }

        org.openqa.selenium.WebElement wait(By by) {
            return chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        }

        private String box(String part) {
            return "fieldset.part[data-part='" + part + "']";
        }

        /** Adds a component to {@code parent} (it becomes {@code id}) with its quantity per parent and scrap %. */
        void component(String parent, String id, String name, String quantity, String scrapPercent) {
            chromium.driver
                    .findElement(By.cssSelector(box(parent) + " > div.row > button.add-part"))
                    .click();
            wait(By.cssSelector(box(id) + " > div.row input.part-name")).sendKeys(name);
            set(By.cssSelector(box(id) + " > div.row input[name=quantity]"), quantity);
            set(By.cssSelector(box(id) + " > div.row input[name=scrap]"), scrapPercent);
        }

        /** Adds an activity of {@code type} to {@code part}, names it and picks {@code factor} by searching its name. */
        void activity(String part, String type, String name, String factor) {
            new org.openqa.selenium.support.ui.Select(
                            chromium.driver.findElement(By.cssSelector(box(part) + " > div.row > select.add-activity")))
                    .selectByValue(type);
            field(part, "activityName", type).sendKeys(name);
            if (factor != null) {
                pickFirstActivityFactor(part, type, factor);
            }
        }

        void pickFirstActivityFactor(String part, String type, String factor) {
            click(activityOf(part, type).findElement(By.cssSelector("button.pick")));
            click(wait(By.cssSelector("#factor-picker button.choose[data-factor='" + factor + "']")));
            chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("factor-picker")));
        }

        void click(WebElement button) {
            chromium.click(button);
        }

        /** The last activity of {@code type} in {@code part}'s own box. */
        org.openqa.selenium.WebElement activityOf(String part, String type) {
            var all = chromium.driver.findElements(
                    By.cssSelector(box(part) + " > div.activity[data-type='" + type + "']"));
            return all.get(all.size() - 1);
        }

        org.openqa.selenium.WebElement field(String part, String name, String type) {
            return activityOf(part, type).findElement(By.cssSelector("[name=" + name + "]"));
        }

        /** Types into the field {@code name} of {@code part}'s last activity that has one. */
        void type(String part, String name, String value) {
            var fields =
                    chromium.driver.findElements(By.cssSelector(box(part) + " > div.activity [name=" + name + "]"));
            var f = fields.get(fields.size() - 1);
            f.clear();
            f.sendKeys(value);
        }

        private void set(By by, String value) {
            var f = chromium.driver.findElement(by);
            f.clear();
            f.sendKeys(value);
        }
    }

    /** A new exporter's account in a new organisation, and its API client. */
    private record Clerk(String login, Api api, Accounts accounts) {}

    private Clerk newExporter(String prefix, String organisation) throws Exception {
        URI base = url.toURI();
        Accounts accounts = new Accounts(base, Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD));
        String login = prefix + "-" + System.nanoTime();
        return new Clerk(
                login, accounts.user(login, "EXPORTER", accounts.organisation(organisation, "EXPORTER")), accounts);
    }

    /** Opens {@code page} in the language of {@code words} and signs in with the form it shows, as {@code login}. */
    private void signIn(Browser chromium, String page, Words words, String login) {
        chromium.signIn(url, page, words, login);
    }

    private static String suffix(Words words) {
        return words.chinese() ? "-zh" : "-en";
    }

    private static void scrollTo(WebDriver browser, String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** Chooses a CSV file with {@code content} in the upload form and sends it. */
    private static void upload(WebDriver browser, String content) throws Exception {
        upload(browser, content.getBytes(StandardCharsets.UTF_8), ".csv");
    }

    private static void upload(WebDriver browser, byte[] content, String suffix) throws Exception {
        Path file = Files.createTempFile("bom", suffix);
        Files.write(file, content);
        var input = browser.findElement(By.cssSelector("#upload input[type=file]"));
        input.clear();
        input.sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button")).click();
    }
}
