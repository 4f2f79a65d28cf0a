package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
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

/**
 * The exporter's PACT pages in headless Chromium, in Chinese and in English: a certified product is declared for
 * exchange on its page (a geography PACT does not know is refused, naming the field), its footprint is published;
 * a customer is registered on the customers page, its secret shown once, and granted the product — and the
 * credentials the page showed then read that footprint over the PACT API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangePagesIT {
    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void anExporterPublishesAFootprintAndGivesACustomerAccess(String language) throws Exception {
        Words words = Words.of(language);
        String suffix = words.chinese() ? "-zh" : "-en";
        URI base = url.toURI();
        Api admin = Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD);
        Accounts accounts = new Accounts(base, admin);
        long run = System.nanoTime();
        long exporterOrg = accounts.organisation("Fujian Hinges " + run, "EXPORTER");
        String fay = "ex-fay-" + run;
        Api fayApi = accounts.user(fay, "EXPORTER", exporterOrg);
        long body = accounts.organisation("Exchange Certification " + run, "CERTIFICATION_BODY");
        CertificationPath path = new CertificationPath(
                fayApi,
                body,
                accounts.user("ex-vic-" + run, "VERIFIER", body),
                accounts.user("ex-rex-" + run, "REVIEWER", body),
                accounts.user("ex-dee-" + run, "DECISION_MAKER", body));
        GridDataset grid = new GridDataset("grid-" + run);
        assertEquals(201, grid.load(admin, "2022", GridDataset.EARLIER).status());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "Hinge " + run);
        p.put("model", grid.model(2));
        long product = fayApi.post("/api/products", p).json().path("id").asLong();
        assertEquals(
                201, fayApi.post("/api/products/" + product + "/versions", null).status());
        assertEquals(
                201,
                fayApi.post("/api/products/" + product + "/versions/1/calculations", null)
                        .status());
        String number = path.certify(product, null);

        try (Browser browser = new Browser(1280, 1000)) {
            var driver = browser.driver;
            var wait = browser.wait;
            browser.signIn(url, "workspace/product.html?id=" + product, words, fay);
            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exchange-profile")));
            form.findElement(By.name("productMassPerDeclaredUnit")).sendKeys("0.35");
            form.findElement(By.name("geography")).sendKeys("Fujian");
            form.findElement(By.name("productIds")).sendKeys("urn:gtin:0690" + (run % 100_000_000L));
            browser.click(form.findElement(By.tagName("button")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exchange-message"), "geography"));
            form.findElement(By.name("geography")).clear();
            form.findElement(By.name("geography")).sendKeys("CN-FJ");
            browser.click(form.findElement(By.tagName("button")));
            wait.until(ExpectedConditions.textToBe(
                    By.id("exchange-message"), words.text("exchange.published", Map.of("count", 1))));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("footprints"), number));
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("document.getElementById('exchange').scrollIntoView()");
            browser.screenshot("exchange-product" + suffix);

            // a customer: registered, its secret shown once, granted the product
            driver.get(url + "workspace/customers.html");
            WebElement register = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register")));
            register.findElement(By.name("name")).sendKeys("Rotterdam Windows BV");
            browser.click(register.findElement(By.tagName("button")));
            WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret")));
            String clientSecret = secret.getText();
            String clientId =
                    driver.findElement(By.cssSelector("#credentials dd code")).getText();
            WebElement client =
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.client")));
            browser.click(client.findElement(By.cssSelector("input[value='" + product + "']")));
            browser.click(client.findElement(By.cssSelector("form.grants button")));
            wait.until(ExpectedConditions.textToBe(
                    By.id("message"),
                    words.text("customers.granted", Map.of("name", "Rotterdam Windows BV", "count", 1))));
            assertTrue(driver.findElement(By.id("received")).getText().contains(words.text("customers.none")));
            browser.screenshot("exchange-customers" + suffix);

            // what the page showed is what the customer uses
            JsonNode listed = PactCalls.footprints(base, clientId, clientSecret);
            assertEquals(1, listed.path("data").size(), listed.toString());
            assertTrue(listed.toString().contains("0.35"), "the mass declared on the page");
        }
    }
}
