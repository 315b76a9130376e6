package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** What anyone sees without logging in, in every language and at a phone's width. */
class PublicPagesBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/accessibility", "/motions", "/governing-documents", "/governing-documents/due"})
    void publicPagesAreAccessible(String page) {
        open(page);
        assertThat(find("html").getAttribute("lang")).isEqualTo("sv");
        assertThat(heading()).isNotBlank();
        assertAccessible();
    }

    @Test
    void theAccessibilityCheckWouldCatchAnUnlabelledField() {
        open("/");
        ((JavascriptExecutor) browser).executeScript(
                "var field = document.createElement('input'); field.type = 'text'; document.getElementById('main').appendChild(field);");
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).extracting(Rule::getId).contains("label");
    }

    @Test
    void anUnknownAddressGetsAFriendlyPage() {
        // an address that does not exist is not found for everyone, logged in or not (issue 9)
        open("/finns-inte");
        assertThat(path()).isEqualTo("/finns-inte");
        assertThat(heading()).isEqualTo("Sidan finns inte");
        assertAccessible();
        logIn("councillor", "demo");
        open("/finns-inte");
        assertThat(heading()).isEqualTo("Sidan finns inte");
        assertNoInternals();
        assertAccessible();
    }

    @Test
    void aFailedLoginSaysOnlyThatItFailed() {
        logIn("finns-inte", "fel");
        assertThat(path()).isEqualTo("/login?error");
        assertThat(find("#error-summary").getText()).isEqualTo("Fel användarnamn eller lösenord.");
        assertAccessible();

        logIn("clerk", "fel");
        assertThat(find("#error-summary").getText()).isEqualTo("Fel användarnamn eller lösenord.");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        open("/login");
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
        logIn("official", "demo");
        assertThat(path()).isEqualTo("/dashboard");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheContent() {
        open("/");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.isDisplayed()).isTrue();
        focused.sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(driver -> "main".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void theInterfaceSpeaksEnglishAndFinnishOnRequestAndRemembersIt() {
        open("/login");
        clickAndWait(find("a[hreflang=en]"));
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(heading()).isEqualTo("Log in");
        assertAccessible();

        open("/accessibility");
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");

        clickAndWait(find("a[hreflang=fi]"));
        assertThat(find("html").getAttribute("lang")).isEqualTo("fi");
        open("/login");
        assertThat(heading()).isEqualTo("Kirjaudu sisään");
        assertAccessible();

        clickAndWait(find("a[hreflang=sv]"));
        assertThat(heading()).isEqualTo("Logga in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/accessibility"})
    void pagesFitAPhoneWithoutSidewaysScrolling(String page) {
        browser.manage().window().setSize(new Dimension(375, 812));
        open(page);
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        assertAccessible();
    }
}
