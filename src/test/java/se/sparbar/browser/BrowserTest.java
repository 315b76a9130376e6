package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a real port, driven by Debian's headless Chromium and chromedriver. Every
 * page a test visits can be checked with axe-core for WCAG 2.1 A and AA violations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=sv",
                "--user-data-dir=" + Files.createTempDirectory("sparbar-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void freshSession() {
        open("/login");
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    void logIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWait(find("main form button[type=submit]"));
    }

    void logOut() {
        clickAndWait(find("form[action='/logout'] button"));
    }

    /**
     * Clicks something that loads a new page, and waits until the new page is there; or, for a part of a page that
     * saves by itself (htmx), until the part clicked in has been replaced by the server's answer.
     */
    void clickAndWait(WebElement element) {
        WebElement page = find("html");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> isGone(page) || isGone(element));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver ->
                driver.findElements(By.cssSelector(".htmx-request, .htmx-settling")).isEmpty());
    }

    /** The old page's root can no longer be reached: Chromium reports this as stale, or as a node of another document. */
    private static boolean isGone(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    /** For looking at the page as a person would: target/screenshots/NAME.png (the whole page, not only the window). */
    void screenshot(String name) {
        try {
            java.nio.file.Path directory = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(directory);
            Dimension window = browser.manage().window().getSize();
            Long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(6000, Math.max(window.getHeight(), height))));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(directory.resolve(name + ".png"), png);
            browser.manage().window().setSize(window);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Ticks the checkbox or radio button that the label with this text names. */
    void checkLabelled(String labelText) {
        WebElement label = browser.findElements(By.cssSelector("main label")).stream()
                .filter(l -> l.getText().equals(labelText)).findFirst().orElseThrow();
        find("#" + label.getAttribute("for")).click();
    }

    /** Sets a date field's value as the browser's date picker would (typing depends on the locale). */
    void setDate(String css, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(css), isoDate);
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    String heading() {
        return find("h1").getText();
    }

    String path() {
        return browser.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
    }

    /**
     * Runs axe-core on the current page and fails with a readable list of what breaks WCAG 2.1 AA.
     * Colour contrast that axe could not decide ("incomplete": text over an image or a gradient, a
     * colour it cannot compute, white text on a white button) fails too: that is how invisible
     * buttons passed before.
     */
    void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.isErrored()).as("axe-core ran on %s", path()).isFalse();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("WCAG 2.1 AA violations on %s:%n%s", path(), describe(violations))
                .isEmpty();
        List<Rule> undecidedContrast = undecidedContrast(results);
        assertThat(undecidedContrast)
                .as("Colour contrast axe-core could not confirm on %s:%n%s", path(), describe(undecidedContrast))
                .isEmpty();
        AccessibilityLedger.pageChecked(path());
    }

    /** No stack trace, exception name or internal detail ever reaches a page. */
    void assertNoInternals() {
        String source = browser.getPageSource();
        assertThat(source).doesNotContain("Exception").doesNotContain("at se.sparbar").doesNotContain("org.springframework");
    }

    /**
     * The colour-contrast results axe could not decide, less the text of server-drawn SVG charts: axe
     * cannot find a background behind an SVG {@code <text>} (the chart is an image, named by its heading,
     * with its data in the table beside it), and the charts' text colour is the page's text colour; and
     * less cells of a wide table that lie partly outside the window (axe cannot see behind them: their
     * colours are those of the table's other cells, which it does check).
     */
    static List<Rule> undecidedContrast(Results results) {
        List<Rule> incomplete = results.getIncomplete();
        if (incomplete == null) {
            return List.of();
        }
        List<Rule> undecided = new java.util.ArrayList<>();
        for (Rule rule : incomplete) {
            if (!rule.getId().startsWith("color-contrast")) {
                continue;
            }
            var nodes = rule.getNodes().stream()
                    .filter(node -> node.getHtml() == null || !node.getHtml().startsWith("<text"))
                    .filter(node -> !String.valueOf(node.getAny()).contains("messageKey=elmPartiallyObscured"))
                    .toList();
            if (!nodes.isEmpty()) {
                rule.setNodes(nodes);
                undecided.add(rule);
            }
        }
        return undecided;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
