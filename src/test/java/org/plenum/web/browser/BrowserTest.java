package org.plenum.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.web.WebsiteTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the browser tests: the application (see {@link WebsiteTest}) driven by Debian's headless Chromium through
 * its chromedriver ({@code apt-get install chromium chromium-driver}; other paths with {@code -Dplenum.chromium=} and
 * {@code -Dplenum.chromedriver=}). Without chromedriver the tests are skipped, saying why, so that {@code ./mvnw verify}
 * passes on a machine with only a JDK.
 *
 * <p>{@link #visit} opens a page, runs axe-core in it (failing on any serious or critical violation, listed
 * readably) and saves a full-page screenshot to {@code target/screenshots/<TestClass>-<name>.png}. Call
 * {@link #checkPage} after navigating by clicks or keys. One browser per test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "chromeAvailable",
        disabledReason = "no chromedriver (/usr/bin/chromedriver or -Dplenum.chromedriver): browser tests skipped;"
                + " apt-get install chromium chromium-driver to run them")
public abstract class BrowserTest extends WebsiteTest {

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("plenum.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("plenum.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
               .then(r => done(JSON.stringify(r.violations)))
               .catch(e => done(JSON.stringify({error: String(e)})));
            """;

    protected WebDriver browser;
    private Path profile;

    static boolean chromeAvailable() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    @BeforeAll
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("plenum-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Opens {@code pathAndQuery}, checks it with axe-core and saves its screenshot as {@code name}. */
    protected void visit(String pathAndQuery, String name) {
        browser.get(url(pathAndQuery));
        checkPage(name);
    }

    /** The width of a phone's viewport (iPhone SE to 13 mini, many Android phones): CSS pixels. */
    protected static final int PHONE_WIDTH = 375;

    /**
     * Opens {@code pathAndQuery} at a phone's width ({@value #PHONE_WIDTH} px), checks it with axe-core, checks that
     * the page itself does not scroll sideways (a wide table must scroll in its own container), saves its screenshot
     * as {@code <name>-phone}, and restores the window.
     */
    protected void visitAtPhoneWidth(String pathAndQuery, String name) {
        Dimension window = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 812));
            browser.get(url(pathAndQuery));
            checkPage(name + "-phone");
            Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("%s scrolls sideways at %d px by %s px", pathAndQuery, PHONE_WIDTH, overflow)
                    .isLessThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /** Checks the page the browser shows now with axe-core, and saves its screenshot as {@code name}. */
    protected void checkPage(String name) {
        screenshot(name);
        assertNoSeriousAccessibilityViolations(name);
    }

    /** Runs axe-core in the page; fails listing every serious or critical violation (rule, help, elements). */
    protected void assertNoSeriousAccessibilityViolations(String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource());
        JsonNode result = JSON.readTree((String) js.executeAsyncScript(AXE_RUN));
        assertThat(result.has("error")).as("axe-core failed on %s: %s", name, result).isFalse();
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : result) {
            String impact = violation.path("impact").asString("");
            if (!impact.equals("serious") && !impact.equals("critical")) {
                continue;
            }
            StringBuilder line = new StringBuilder(impact.toUpperCase(Locale.ROOT) + " " + violation.path("id").asString()
                    + ": " + violation.path("help").asString());
            for (JsonNode node : violation.path("nodes")) {
                line.append("\n    at ").append(node.path("target")).append(": ")
                        .append(node.path("failureSummary").asString("").replace('\n', ' '));
            }
            serious.add(line.toString());
        }
        assertThat(serious).as("accessibility violations on %s (%s)", name, browser.getCurrentUrl()).isEmpty();
    }

    /** Saves a screenshot of the whole page to {@code target/screenshots/<TestClass>-<name>.png}. */
    protected Path screenshot(String name) {
        Dimension window = browser.manage().window().getSize();
        try {
            Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            browser.manage().window().setSize(new Dimension(window.getWidth(), Math.min(8000, Math.max(window.getHeight(),
                    height.intValue() + 140))));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /**
     * Clicks {@code element} (a link or a form's button) and waits until the browser has left the current page and
     * loaded the next one. A bare {@code click()} may return before the navigation starts, and a test that then reads
     * the address or the page would see the old one.
     */
    protected void clickAndLoad(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // A mark on the current page's window: the next page's window has none. (Waiting for the old page's elements
        // to go stale is not enough: during the navigation Chromium may answer with another error than "stale".)
        js.executeScript("window.plenumLeaving = true");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(driver ->
                Boolean.TRUE.equals(js.executeScript(
                        "return window.plenumLeaving === undefined && document.readyState === 'complete'")));
    }

    /** {@link #clickAndLoad(WebElement)} on the element matched by a CSS selector. */
    protected void clickAndLoad(String css) {
        clickAndLoad(find(css));
    }

    /** The element matched by a CSS selector on the current page. */
    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private static String axeSource;

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
