package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** Search from the start page and the header: results, filters, no hits, bad input; axe-core on every page. */
class SearchBrowserTest extends BrowserTest {

    @Test
    void aCitizenSearchesFromTheStartPageAndNarrowsTheResults() {
        open("/");
        assertAccessible();
        WebElement box = find("#home-search-q");
        box.sendKeys("styrmodellen");
        clickAndWait(find(".home-search button"));
        assertThat(path()).startsWith("/search?q=styrmodellen");
        assertThat(heading()).isEqualTo("Sök");
        assertThat(find("#search-q").getAttribute("value")).isEqualTo("styrmodellen");
        assertThat(browser.findElements(By.cssSelector(".search-hit mark"))).isNotEmpty();
        assertThat(find(".search-hits").getText()).contains("Styrmodell för Alingsås kommun 2024");
        assertAccessible();
        screenshot("search-results");

        clickAndWait(find(".search-facets a[href*='kind=GOVERNING_DOCUMENT']"));
        assertThat(browser.findElements(By.cssSelector(".search-hit"))).allSatisfy(hit ->
                assertThat(hit.findElement(By.cssSelector(".search-hit-meta")).getText()).startsWith("Styrdokument"));
        assertAccessible();

        browser.manage().window().setSize(new Dimension(390, 900));
        open("/search?q=fullm%C3%A4ktige&sort=date");
        assertAccessible();
    }

    @Test
    void withJavaScriptTheResultsFollowTheTypingWithoutReloadingThePage() {
        open("/search?q=styrmodellen");
        WebElement page = find("html");
        WebElement box = find("#search-q");
        box.clear();
        box.sendKeys("fullmäktige");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(driver ->
                driver.getCurrentUrl().contains("q=fullm") && driver.findElement(By.cssSelector("#search-results")).getText().contains("Kommunfullmäktige"));
        assertThat(page.isEnabled()).as("the same page, not a reload").isTrue();
        assertThat(find("#search-q").getAttribute("value")).isEqualTo("fullmäktige");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus stays in the box").isEqualTo("search-q");
        assertThat(browser.findElements(By.cssSelector("#search-results #search-results-body"))).hasSize(1);
        assertAccessible();
    }

    @Test
    void noHitsAMisspeltWordAndBadInputGetHelpfulPages() {
        open("/search?q=styrmodel");
        screenshot("search-suggestion");
        open("/search?q=zqxfinnsingenstans");
        assertThat(find("main h2").getText()).contains("Inga träffar");
        assertAccessible();
        open("/search?q=och%20att");
        assertThat(find("main").getText()).contains("inga ord som går att söka på");
        assertAccessible();
        open("/search?q=" + "a".repeat(400));
        assertThat(find("main [role=alert]").getText()).contains("för lång");
        assertAccessible();
        open("/search?q=styrmodell&page=1000000000");
        assertThat(find("main").getText()).contains("Det finns inga träffar på den här sidan");
        assertAccessible();
    }

    @Test
    void theHeaderBoxSearchesFromAnyPageAndACouncillorFindsHerDraft() {
        logIn("councillor", "demo");
        open("/motions");
        find("#site-search-q").sendKeys("laddplatser");
        clickAndWait(find(".site-search button"));
        assertThat(path()).startsWith("/search?q=laddplatser");
        assertThat(find(".search-hits").getText()).contains("Laddplatser vid kommunens förskolor");
        assertAccessible();
        logOut();
        open("/search?q=laddplatser");
        assertThat(browser.findElements(By.cssSelector(".search-hit"))).isEmpty();
    }
}
