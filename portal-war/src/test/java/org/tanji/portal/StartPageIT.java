package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a newcomer clicks after the README's run command, in headless Chromium: sign in on the start page (a wrong
 * password first), search emission factors, open the API browser and execute a call as the signed-in user, sign
 * out. Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them); without them
 * the test is skipped and says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StartPageIT {
    @ArquillianResource
    URL url;

    Browser chromium;
    WebDriver browser;
    WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @BeforeEach
    void startBrowser() throws Exception {
        chromium = new Browser(1280, 1600);
        browser = chromium.driver;
        wait = chromium.wait;
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aNewcomerSignsInSearchesFactorsAndCallsTheApiFromTheBrowser() throws Exception {
        browser.get(url.toString());
        signIn("admin", "not-the-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("account-message"), "wrong login or password"));
        assertTrue(browser.findElement(By.id("signed-in")).getAttribute("hidden") != null);

        signIn("admin", ProductApiIT.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "admin (admin)"));

        WebElement search = browser.findElement(By.id("search"));
        search.findElement(By.name("q")).sendKeys("natural gas");
        search.findElement(By.name("unit")).sendKeys("kWh");
        search.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#hits tbody tr"), 0));
        String hits = browser.findElement(By.id("hits")).getText();
        assertTrue(hits.contains("desnz-2024"), hits);
        assertTrue(hits.contains("kg CO2e"), hits);
        // the page's own style sheet applies under its content security policy (no inline style allowed)
        assertEquals(
                "rgba(46, 107, 52, 1)", browser.findElement(By.tagName("h1")).getCssValue("color"));
        screenshot("start-page");

        browser.findElement(By.linkText("API browser")).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 20));
        screenshot("api-browser");
        WebElement me = browser.findElements(By.cssSelector(".opblock")).stream()
                .filter(b -> b.findElement(By.cssSelector(".opblock-summary-path"))
                        .getText()
                        .equals("/api/auth/me"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the API browser lists GET /api/auth/me"));
        me.findElement(By.cssSelector(".opblock-summary-control")).click();
        clickWhenShown(me, By.cssSelector(".try-out__btn"));
        clickWhenShown(me, By.cssSelector(".execute"));
        try {
            wait.until(d -> me.getText().contains("\"role\": \"ADMIN\""));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("GET /api/auth/me from the API browser answered:\n" + me.getText(), e);
        }
        assertEquals(
                "200",
                me.findElement(By.cssSelector(".live-responses-table tbody .response-col_status"))
                        .getText()
                        .strip());

        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        browser.get(url + "api/auth/me");
        assertTrue(browser.getPageSource().contains("Authentication required"), browser.getPageSource());
    }

    /** Saves what the browser shows to target/screenshots/{@code name}.png, for people to look at. */
    private void screenshot(String name) throws Exception {
        chromium.screenshot(name);
    }

    /** Clicks what appears inside {@code parent} once it is there (Swagger UI renders as it goes). */
    private void clickWhenShown(WebElement parent, By what) {
        wait.until(d -> parent.findElements(what).stream().anyMatch(e -> e.isDisplayed() && e.isEnabled()));
        parent.findElement(what).click();
    }

    private void signIn(String login, String password) {
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        List.of("login", "password")
                .forEach(name -> form.findElement(By.name(name)).clear());
        form.findElement(By.name("login")).sendKeys(login);
        form.findElement(By.name("password")).sendKeys(password);
        form.findElement(By.tagName("button")).click();
    }
}
