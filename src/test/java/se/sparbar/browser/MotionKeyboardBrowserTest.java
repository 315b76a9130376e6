package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The motion form by keyboard alone (issue 13): Enter in the title saves the draft (it used to press the form's first
 * submit button, "Lägg till en att-sats"), and after adding a proposal field the focus is in the new field, not at
 * the top of the page.
 */
class MotionKeyboardBrowserTest extends BrowserTest {

    @Test
    void enterInTheTitleSavesTheDraft() {
        String title = "Fler cykelställ vid stationen " + System.nanoTime();
        logIn("councillor", "demo");
        open("/motions/new");
        find("#text").sendKeys("Cykelställen vid stationen räcker inte till.");
        find("#proposals0").sendKeys("att antalet cykelställ fördubblas");
        WebElement titleField = find("#title");
        titleField.sendKeys(title);
        WebElement page = find("html");
        titleField.sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        assertThat(heading()).isEqualTo(title);
        assertThat(find(".status").getText()).isEqualTo("Utkast");
        assertThat(path()).matches("/motions/\\d+");
        assertAccessible();
    }

    @Test
    void afterAddingAProposalTheFocusIsInTheNewField() {
        logIn("councillor", "demo");
        open("/motions/new");
        find("#proposals0").sendKeys("att kommunen utreder saken");
        WebElement add = find("button[value=addProposal]");
        // by keyboard: the button reached and pressed with the space bar
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus();", add);
        WebElement page = find("html");
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        assertThat(find("#proposals0").getAttribute("value")).isEqualTo("att kommunen utreder saken");
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("proposals1");
        // typing goes straight into the new field
        focused.sendKeys("att resultatet redovisas");
        assertThat(find("#proposals1").getAttribute("value")).isEqualTo("att resultatet redovisas");
        assertAccessible();
    }
}
