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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exporter's workspace as a factory clerk uses it, in headless Chromium: sign in on the Chinese pages, create
 * a product, upload a bill of materials with a mistake (told on its row and column, nothing stored), download the
 * template and upload it, lose a race with a colleague's edit (told, text kept), calculate, read the result with
 * its charts and line trail in English, and the dashboard on a phone. Screenshots under target/screenshots.
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

    @Test
    void anExporterGoesFromANewProductToItsFootprintInTheBrowser() throws Exception {
        URI base = url.toURI();
        Accounts accounts = new Accounts(base, Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD));
        String login = "clerk-" + System.nanoTime();
        Api api = accounts.user(login, "EXPORTER", accounts.organisation("厦门灯具出口有限公司", "EXPORTER"));

        try (Browser chromium = new Browser(1280, 1000)) {
            WebDriver browser = chromium.driver;
            WebDriverWait wait = chromium.wait;
            browser.get(url + "workspace/index.html");
            ((JavascriptExecutor) browser).executeScript("localStorage.setItem('tanji.language', 'zh-CN')");
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
            assertTrue(browser.findElement(By.id("sign-in")).getText().contains("登录"));
            browser.findElement(By.name("login")).sendKeys(login);
            browser.findElement(By.name("password")).sendKeys(Accounts.password(login));
            browser.findElement(By.cssSelector("#sign-in button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("products"), "还没有产品"));
            // Chinese in the portal's own web font, whatever fonts the machine has
            wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return [...document.fonts].some(f => f.family.includes('Tanji CJK')"
                            + " && f.status === 'loaded')"));
            chromium.screenshot("workspace-dashboard-empty-zh");

            browser.findElement(By.cssSelector("#new-product input")).sendKeys("台灯 DL-2");
            browser.findElement(By.cssSelector("#new-product button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "台灯 DL-2"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("model"), "还没有物料清单"));
            long product = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=", ""));

            // a mistake is told on its row and column, and nothing is stored
            upload(
                    browser,
                    "part,parent,quantity,unit,factor,kind\nlamp,,1,piece,,\n"
                            + "base,lamp,two,kg,desnz-2024:19_504_5104_15,material\n");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#upload-message table")));
            String errors = browser.findElement(By.id("upload-message")).getText();
            assertTrue(errors.contains("row 3, column 'quantity'") && errors.contains("'two' is not a number"), errors);
            assertTrue(browser.findElement(By.id("model")).getText().contains("还没有物料清单"));
            assertEquals(404, api.get("/api/products/" + product + "/model").status());
            scrollTo(browser, "bom");
            chromium.screenshot("workspace-upload-error-zh");

            // the template the page offers is a bill of materials the portal reads as it is
            HttpResponse<byte[]> template = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(base.resolve("templates/bom-template.csv"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, template.statusCode());
            browser.findElement(By.cssSelector("input[name=boundary][value=cradle-to-grave]"))
                    .click();
            upload(browser, new String(template.body(), StandardCharsets.UTF_8));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-message"), "3 个零部件"));
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
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details-message"), "其他人修改了"));
            assertEquals("铝合金台灯，出口英国", description.getAttribute("value"));
            scrollTo(browser, "title");
            chromium.screenshot("workspace-product-zh");

            // a bill of materials with published factors only, to check the footprint the page shows
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "（新）"));
            upload(
                    browser,
                    "part,parent,quantity,unit,scrap,factor,kind\nlamp,,1,piece,,,\n"
                            + "base,lamp,2.1,kg,0.04,desnz-2024:19_504_5104_15,material\n"
                            + "power,lamp,1.8,kWh,,cn-mee-elec-2023:province-cn-fj,electricity\n");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("model"), "1.8 kWh"));
            ((JavascriptExecutor) browser).executeScript("localStorage.setItem('tanji.language', 'en')");
            browser.findElement(By.id("calculate-button")).click();
            wait.until(ExpectedConditions.urlContains("result.html?calculation="));
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#lines tbody tr"), 1));
            // DESNZ 2024 primary aluminium 9106.91851 kg CO2e/t with 4 % scrap; MEE 2023 Fujian grid 0.4211 kg/kWh
            double expected = 2.1 / 0.96 * 9.10691851 + 1.8 * 0.4211;
            assertEquals(
                    new BigDecimal(expected).round(new MathContext(4)).toPlainString(),
                    browser.findElement(By.id("total")).getText());
            assertTrue(browser.findElement(By.id("per-unit")).getText().contains("kg CO2e per 1 piece"));
            String lines = browser.findElement(By.id("lines")).getText();
            assertTrue(lines.contains("cn-mee-grid 2021-2023") && lines.contains("desnz-2024"), lines);
            for (String chart : List.of("stages-chart", "pareto-chart", "tree-chart", "flow-chart")) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
            }
            chromium.screenshot("workspace-result-en");

            browser.findElement(By.linkText("My products")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("products"), "Calculated"));
            assertTrue(browser.findElement(By.id("todo")).getText().contains("Submit for certification"));
            chromium.screenshot("workspace-dashboard-en");
        }
        try (Browser phone = new Browser(412, 915)) {
            phone.driver.get(url + "workspace/index.html");
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
            phone.driver.findElement(By.name("login")).sendKeys(login);
            phone.driver.findElement(By.name("password")).sendKeys(Accounts.password(login));
            phone.driver.findElement(By.cssSelector("#sign-in button")).click();
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#products tbody tr")));
            // on a phone each product is a card: no table header, each value labelled
            assertEquals(
                    "none",
                    phone.driver.findElement(By.cssSelector("#products thead")).getCssValue("display"));
            phone.screenshot("workspace-dashboard-phone");
        }
    }

    private static void scrollTo(WebDriver browser, String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** Chooses a file with {@code content} in the upload form and sends it. */
    private static void upload(WebDriver browser, String content) throws Exception {
        Path file = Files.createTempFile("bom", ".csv");
        Files.writeString(file, content);
        var input = browser.findElement(By.cssSelector("#upload input[type=file]"));
        input.clear();
        input.sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button")).click();
    }
}
