package org.tanji.portal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the page tests, in a fresh profile, with screenshots under target/screenshots.
 * Without {@code chromium} and {@code chromium-driver} installed the test is skipped and says why ({@code .ci/run}
 * installs them).
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;
    /** Where the browser saves what a page downloads. */
    final Path downloads;

    private final Path profile;

    /** A browser with a window of {@code width} × {@code height} CSS pixels (a desktop, or a phone's 412 × 915). */
    Browser(int width, int height) throws Exception {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        profile = Files.createTempDirectory("tanji-chromium");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * Opens {@code page} of the portal at {@code base} in the language of {@code words} and signs in with the form it
     * shows, as {@code login} (whoever was signed in before is signed out first).
     */
    void signIn(java.net.URL base, String page, Words words, String login) {
        driver.manage().deleteAllCookies();
        driver.get(base + page);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("localStorage.setItem('tanji.language', arguments[0])", words.language);
        driver.navigate().refresh();
        var form = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("sign-in")));
        org.junit.jupiter.api.Assertions.assertTrue(
                form.getText().contains(words.text("signIn.title")), form.getText());
        form.findElement(org.openqa.selenium.By.name("login")).sendKeys(login);
        form.findElement(org.openqa.selenium.By.name("password")).sendKeys(Accounts.password(login));
        form.findElement(org.openqa.selenium.By.tagName("button")).click();
    }

    /** Clicks {@code element} in the middle of the window, where no sticky bar covers it. */
    void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Saves what the browser shows as target/screenshots/{@code name}.png. */
    void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws java.io.IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
