package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tanji.portal.CertificationPath.step;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The scheme administrator's console, the supervisor's view and the certifier's surveillance and version diff in
 * headless Chromium, once in Chinese and once in English: the administrator mistypes a credit code and is told which
 * check character fits, adds the organisation and a user, disables the user (whose token stops working) and resets
 * a password, reads an exporter's own factors, loads a dataset version, sees which certificate pins which version
 * and browses its factors, and sees the audit chain intact; the supervisor sees the figures per body and category;
 * a verifier records a surveillance and reads what changed since the product's previous version. Expected words
 * come from the language's bundle. Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemeConsoleIT {
    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theSchemeIsRunAndSupervisedInTheBrowser(String language) throws Exception {
        Words words = Words.of(language);
        String suffix = words.chinese() ? "-zh" : "-en";
        URI base = url.toURI();
        Api admin = Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD);
        Accounts accounts = new Accounts(base, admin);
        long run = System.nanoTime();
        long exporter = accounts.organisation("Quanzhou Hardware " + run, "EXPORTER");
        String bodyName = "Southeast Certification " + run;
        long body = accounts.organisation(bodyName, "CERTIFICATION_BODY");
        Api fay = accounts.user("sc-fay-" + run, "EXPORTER", exporter);
        String vic = "sc-vic-" + run;
        Api vicApi = accounts.user(vic, "VERIFIER", body);
        CertificationPath path = new CertificationPath(
                fay,
                body,
                vicApi,
                accounts.user("sc-rex-" + run, "REVIEWER", body),
                accounts.user("sc-dee-" + run, "DECISION_MAKER", body));
        String ada = "sc-ada-" + run;
        accounts.user(ada, "ADMIN", accounts.organisation("Xiamen Trade Platform " + run, "OPERATOR"));
        String sam = "sc-sam-" + run;
        accounts.user(sam, "SUPERVISOR", accounts.organisation("Market Regulator " + run, "REGULATOR"));

        // a hinge certified on a grid dataset version, then its version 2 (more electricity) submitted
        GridDataset grid = new GridDataset("grid-" + run);
        assertEquals(201, grid.load(admin, "2022", GridDataset.EARLIER).status());
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", "Stainless hinge " + run);
        product.put("category", "METAL_PARTS");
        product.put("model", grid.model(2));
        Api.Reply created = fay.post("/api/products", product);
        assertEquals(201, created.status(), created.body());
        long productId = created.json().get("id").asLong();
        assertEquals(
                201, fay.post("/api/products/" + productId + "/versions", null).status());
        assertEquals(
                201,
                fay.post("/api/products/" + productId + "/versions/1/calculations", null)
                        .status());
        String number = path.certify(productId, null);
        Api.Reply now = fay.get("/api/products/" + productId);
        product.put("model", grid.model(3));
        assertEquals(
                200, fay.put("/api/products/" + productId, product, now.etag()).status());
        assertEquals(
                201, fay.post("/api/products/" + productId + "/versions", null).status());
        assertEquals(
                201,
                fay.post("/api/products/" + productId + "/versions/2/calculations", null)
                        .status());
        long second = path.apply(productId, 2, number);
        step(fay, second, Map.of("action", "SUBMIT"), 200);
        assertEquals(
                201,
                fay.post(
                                "/api/own-factors",
                                Map.of(
                                        "name",
                                        "Cold-rolled strip (supplier EPD)",
                                        "unit",
                                        "kg",
                                        "kgCo2ePerUnit",
                                        2.9,
                                        "gwpSet",
                                        "AR6",
                                        "source",
                                        "Supplier EPD no. " + run,
                                        "year",
                                        2025))
                        .status());

        try (Browser browser = new Browser(1280, 1000)) {
            var driver = browser.driver;
            var wait = browser.wait;
            browser.signIn(url, "workbench/admin.html", words, ada);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#organisation-list tbody tr")));

            // an organisation: a mistyped credit code is caught at once, naming the check character that fits
            String code = Accounts.creditCode();
            char wrong = code.charAt(17) == '0' ? '1' : '0';
            WebElement form = driver.findElement(By.id("new-organisation"));
            String name = "Jinjiang Furniture " + run;
            form.findElement(By.name("legalName")).sendKeys(name);
            form.findElement(By.name("creditCode")).sendKeys(code.substring(0, 17) + wrong);
            wait.until(ExpectedConditions.textToBe(
                    By.id("credit-check"),
                    words.text(
                            "admin.code.check",
                            Map.of("expected", String.valueOf(code.charAt(17)), "found", String.valueOf(wrong)))));
            form.findElement(By.name("creditCode")).clear();
            form.findElement(By.name("creditCode")).sendKeys(code);
            wait.until(ExpectedConditions.textToBe(By.id("credit-check"), words.text("admin.code.ok")));
            new Select(form.findElement(By.name("kind"))).selectByValue("EXPORTER");
            browser.click(form.findElement(By.tagName("button")));
            wait.until(ExpectedConditions.textToBe(
                    By.id("message"), words.text("admin.organisationAdded", Map.of("name", name))));

            // its first user, disabled (and refused at once), its password reset
            openOrganisation(browser, name);
            WebElement user = driver.findElement(By.id("new-user"));
            String login = "sc-jin-" + run;
            user.findElement(By.name("login")).sendKeys(login);
            user.findElement(By.name("displayName")).sendKeys("陈静 Chen Jing");
            user.findElement(By.name("password")).sendKeys(Accounts.password(login));
            browser.click(user.findElement(By.tagName("button")));
            By row = By.cssSelector("#users tr[data-login='" + login + "']");
            wait.until(ExpectedConditions.presenceOfElementLocated(row));
            Api jin = Api.as(base, login, Accounts.password(login));
            assertEquals(200, jin.get("/api/auth/me").status());
            browser.click(driver.findElement(row).findElement(By.cssSelector("[data-action=status]")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(row, words.text("admin.inactive")));
            assertEquals(401, jin.get("/api/auth/me").status(), "a disabled user's token stops working");
            WebElement reset = driver.findElement(row).findElement(By.cssSelector("form.reset-password"));
            reset.findElement(By.name("newPassword")).sendKeys("a-new-password-for-" + run);
            browser.click(reset.findElement(By.tagName("button")));
            wait.until(ExpectedConditions.textToBe(
                    By.id("message"), words.text("admin.passwordReset", Map.of("login", login))));

            // the exporter's own factors
            openOrganisation(browser, "Quanzhou Hardware " + run);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("own-factors"), "Supplier EPD no. " + run));

            // a dataset version loaded from files; the certified one shows its certificate; browsing its factors
            Path files = Files.createTempDirectory("dataset");
            byte[] csv = grid.csv(GridDataset.LATER);
            Files.write(files.resolve("factors.csv"), csv);
            Files.write(files.resolve("manifest.json"), Api.JSON.writeValueAsBytes(grid.manifest("2023", csv)));
            WebElement load = driver.findElement(By.id("load-dataset"));
            load.findElement(By.name("manifest"))
                    .sendKeys(files.resolve("manifest.json").toString());
            load.findElement(By.name("file"))
                    .sendKeys(files.resolve("factors.csv").toString());
            browser.click(load.findElement(By.tagName("button")));
            wait.until(ExpectedConditions.textToBe(
                    By.id("message"),
                    words.text("admin.datasetLoaded", Map.of("key", grid.dataset + "/2023", "factors", 1))));
            By pinned = By.cssSelector("#dataset-list tr[data-dataset='" + grid.dataset + "/2022']");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(pinned, number));
            browser.click(driver.findElement(pinned).findElement(By.tagName("button")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dataset-factors"), grid.factor()));
            assertTrue(driver.findElement(By.id("dataset-factors")).getText().contains("0.5703"));

            // the audit log: the chain checked, the newest entries in words of the page's language
            WebElement chain =
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chain.intact")));
            assertTrue(chain.getText().startsWith(words.text("admin.chainIntact")), chain.getText());
            driver.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("audit-log"), words.text("history.DATASET_LOADED")));
            browser.screenshot("admin-console" + suffix);
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("document.getElementById('datasets').scrollIntoView()");
            browser.screenshot("admin-datasets" + suffix);

            // the supervisor: figures per body and category, charts drawn, every case listed
            browser.signIn(url, "workbench/supervision.html", words, sam);
            By bodyRow = By.cssSelector("#bodies tr[data-key='" + body + "']");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(bodyRow, bodyName));
            // two applications: the certified version 1 and the submitted version 2
            assertEquals(
                    "2",
                    driver.findElement(bodyRow)
                            .findElements(By.tagName("td"))
                            .get(1)
                            .getText());
            assertTrue(driver.findElement(By.id("footprints")).getText().contains(words.text("category.METAL_PARTS")));
            assertTrue(
                    driver.findElement(By.cssSelector("#body-outcomes canvas")).isDisplayed());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases"), "Stainless hinge " + run));
            assertTrue(
                    driver.findElements(By.cssSelector("form button")).isEmpty(), "the supervisor's view is read only");
            browser.screenshot("supervision" + suffix);

            // the verifier: a surveillance recorded; the renewal's case shows what changed since version 1
            browser.signIn(url, "workbench/certificates.html", words, vic);
            By certificate = By.cssSelector("#certificates tr[data-number='" + number + "']");
            WebElement survey = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                    certificate, By.cssSelector("form.surveillance")));
            survey.findElement(By.name("note")).sendKeys("Site visit: metered electricity matches the model.");
            browser.click(survey.findElement(By.tagName("button")));
            // the outcome's word is in the form's choices too: wait for the count, then read the record
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    certificate, words.text("certs.surveillance", Map.of("count", 1))));
            assertTrue(driver.findElement(certificate)
                    .findElement(By.cssSelector("ul.surveillances"))
                    .getText()
                    .contains(words.text("certs.outcome.CONFIRMED")));
            browser.screenshot("certificates-surveillance" + suffix);
            driver.get(url + "workbench/case.html?id=" + second);
            wait.until(ExpectedConditions.textToBe(
                    By.id("previous-versions"), words.text("case.sincePreviousVersions", Map.of("from", 1, "to", 2))));
            assertTrue(driver.findElement(By.id("case-facts")).getText().contains(number), "the renewal names it");
            browser.screenshot("case-since-previous" + suffix);
            String comparison = driver.findElement(By.id("previous-comparison")).getText();
            // one more kWh of grid electricity: + 1 kWh × 0.5703 kg CO2/kWh
            assertTrue(comparison.contains("+0.5703"), comparison);
        }
    }

    private static void openOrganisation(Browser browser, String name) {
        By row = By.xpath("//table[@id='organisation-list']//tr[td[1][normalize-space()='" + name + "']]");
        browser.click(browser.wait
                .until(ExpectedConditions.presenceOfElementLocated(row))
                .findElement(By.tagName("button")));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-name"), name));
    }
}
