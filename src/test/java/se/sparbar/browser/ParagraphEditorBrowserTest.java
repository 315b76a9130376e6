package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.sparbar.meeting.domain.MeetingFixture;

/**
 * The paragraph editor in parts (issue 13): the clerk reaches each part from the contents at the top; with JavaScript
 * each part saves without the page reloading, with its errors beside it, the input kept and the focus where she goes on;
 * without JavaScript the same forms post and the whole page comes back, as before.
 */
class ParagraphEditorBrowserTest extends BrowserTest {

    @Autowired
    MeetingFixture fixture;

    @AfterEach
    void scriptsOnAgain() {
        scripts(true);
    }

    @Test
    void withJavaScriptEachPartSavesWithoutReloadingThePage() {
        MeetingFixture.Council council = fixture.council(3, 0);
        long paragraph = fixture.openParagraph(council, "Motion om parkbänkar");
        String tag = "Test " + council.name().substring("Fullmäktige ".length());
        logIn("clerk", "demo");
        open("/paragraphs/" + paragraph);
        assertAccessible();
        screenshot("paragraph-editor");

        // the contents lead to each part, a region named by its heading
        List<WebElement> contents = browser.findElements(By.cssSelector("main nav.toc a"));
        assertThat(contents).hasSize(9);
        for (WebElement link : contents) {
            String id = link.getAttribute("href").replaceFirst(".*#", "");
            WebElement part = find("section#" + id);
            String heading = find("#" + part.getAttribute("aria-labelledby")).getText();
            assertThat(heading).isEqualTo(link.getText());
        }
        contents.stream().filter(a -> a.getText().equals("Anteckning")).findFirst().orElseThrow().click();
        assertThat(path()).endsWith("#notes");

        markThePage();
        // a speaker: saved, the record above shows it, "Ändringarna är sparade." has the focus
        new Select(find("#speakerId")).selectByVisibleText("Ledamot2 " + tag);
        saveInPart(buttonIn("#speakers", "Lägg till talare"));
        assertThat(thePageWasNotReloaded()).isTrue();
        assertThat(find("#paragraph-record").getText()).contains("Anförande hålls av Ledamot2 " + tag);
        waitUntil(() -> focused().getText().equals("Ändringarna är sparade."));
        assertThat(focused().findElement(By.xpath("ancestor::section")).getAttribute("id")).isEqualTo("speakers");

        // a proposal with a field left out: the error summary of the part has the focus, the input is kept
        find("#label").sendKeys("Avslag");
        find("#proposalText").sendKeys("Att motionen avslås.");
        new Select(find("#proposalKind")).selectByVisibleText("avslag");
        new Select(find("#preference")).selectByVisibleText("Yrkande");
        saveInPart(buttonIn("#proposals", "Lägg till yrkande"));
        assertThat(thePageWasNotReloaded()).isTrue();
        waitUntil(() -> String.valueOf(focused().getAttribute("class")).contains("error-summary"));
        assertThat(browser.findElements(By.cssSelector("#proposals .error-summary a[href='#moverId']"))).hasSize(1);
        assertThat(find("#label").getAttribute("value")).isEqualTo("Avslag");
        assertThat(find("#proposalText").getAttribute("value")).isEqualTo("Att motionen avslås.");
        assertAccessible();

        // completed: saved, shown in the record; two proposals make the procedure's forms appear
        new Select(find("#moverId")).selectByVisibleText("Ledamot2 " + tag);
        saveInPart(buttonIn("#proposals", "Lägg till yrkande"));
        new Select(find("#moverId")).selectByVisibleText("Ledamot1 " + tag);
        new Select(find("#proposalKind")).selectByVisibleText("bifall");
        new Select(find("#preference")).selectByVisibleText("Yrkande");
        find("#label").sendKeys("Bifall");
        find("#proposalText").sendKeys("Att motionen bifalls.");
        saveInPart(buttonIn("#proposals", "Lägg till yrkande"));
        assertThat(thePageWasNotReloaded()).isTrue();
        assertThat(find("#paragraph-record").getText()).contains("Att motionen avslås.", "Att motionen bifalls.");
        assertThat(find("#label").getAttribute("value")).isEmpty();
        assertThat(find("#procedure").getText()).contains("Omröstning");

        // a roll-call vote in the procedure's part; the record shows the result
        new Select(find("#yesId")).selectByIndex(1);
        new Select(find("#noId")).selectByIndex(2);
        for (Long member : council.members()) {
            new Select(find("#ballot-" + member)).selectByVisibleText(member.equals(council.members().get(2)) ? "Nej" : "Ja");
        }
        saveInPart(buttonIn("#procedure", "Registrera omröstningen"));
        assertThat(find("#paragraph-record").getText()).contains("Omröstningsresultat: 2 ja, 1 nej, 0 avstår");

        // the title: the page's heading follows
        WebElement title = find("#title");
        title.clear();
        title.sendKeys("Motion om fler parkbänkar");
        saveInPart(buttonIn("#texts", "Spara"));
        assertThat(heading()).contains("Motion om fler parkbänkar");
        assertThat(thePageWasNotReloaded()).isTrue();
        assertAccessible();

        // the decision, after the texts changed the paragraph's version on this same page: saved, not a conflict
        new Select(find("#outcome")).selectByVisibleText("Bifall");
        find("#decisionText").sendKeys("Motionen bifalls.");
        saveInPart(buttonIn("#decision", "Registrera beslutet"));
        assertThat(find("#decision").getText()).doesNotContain("Formuläret innehåller fel");
        assertThat(find("#paragraph-record").getText()).contains("Motionen bifalls.");
        assertThat(find("#follow-ups").getText()).contains("Ny åtgärd utifrån beslutet");
        assertThat(thePageWasNotReloaded()).isTrue();
        screenshot("paragraph-editor-saved");
    }

    @Test
    void withoutJavaScriptTheSameFormsPostAndTheWholePageComesBack() {
        MeetingFixture.Council council = fixture.council(3, 0);
        long paragraph = fixture.openParagraph(council, "Motion om gatlyktor");
        String tag = "Test " + council.name().substring("Fullmäktige ".length());
        logIn("clerk", "demo");
        scripts(false);
        open("/paragraphs/" + paragraph);
        markThePage();
        new Select(find("#speakerId")).selectByVisibleText("Ledamot1 " + tag);
        clickAndWait(buttonIn("#speakers", "Lägg till talare"));
        assertThat(thePageWasNotReloaded()).isFalse();
        assertThat(path()).isEqualTo("/paragraphs/" + paragraph + "#speakers");
        assertThat(find("main .notice-success").getText()).isEqualTo("Ändringarna är sparade.");
        assertThat(find("#paragraph-record").getText()).contains("Anförande hålls av Ledamot1 " + tag);
        assertAccessible();
        // an error: the whole page again, the error summary in the part, the input kept
        find("#label").sendKeys("Avslag");
        clickAndWait(buttonIn("#proposals", "Lägg till yrkande"));
        assertThat(find("#proposals .error-summary").isDisplayed()).isTrue();
        assertThat(find("#label").getAttribute("value")).isEqualTo("Avslag");
        assertThat(browser.findElements(By.cssSelector("header.site-header"))).hasSize(1);
        assertAccessible();
    }

    /**
     * The page's own scripts (htmx and sparbar.js) blocked, or allowed again, for the pages loaded from now on: the page as
     * a browser without JavaScript gets it (the test driver itself still needs scripts to read the page).
     */
    private void scripts(boolean on) {
        ((HasCdp) browser).executeCdpCommand("Network.enable", Map.of());
        ((HasCdp) browser).executeCdpCommand("Network.setBlockedURLs",
                Map.of("urls", on ? List.of() : List.of("*htmx.min.js*", "*sparbar.js*")));
    }

    private void markThePage() {
        ((JavascriptExecutor) browser).executeScript("document.documentElement.dataset.sameDocument = 'yes';");
    }

    private boolean thePageWasNotReloaded() {
        return "yes".equals(find("html").getAttribute("data-same-document"));
    }

    /** Clicks a button of a part and waits until the part is answered (the part swapped in, or a new page). */
    private void saveInPart(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        // htmx settles (and focus moves) a moment after the swap
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> browser.findElements(By.cssSelector(".htmx-settling, .htmx-request")).isEmpty());
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> condition.getAsBoolean());
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private WebElement buttonIn(String part, String text) {
        return browser.findElements(By.cssSelector(part + " button")).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no button " + text + " in " + part));
    }
}
