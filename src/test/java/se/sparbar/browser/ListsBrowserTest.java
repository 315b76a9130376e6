package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The clerk's referral list, filtered in the browser, and the lists' CSV links: accessible, legible. */
class ListsBrowserTest extends BrowserTest {

    @Test
    void theClerkFiltersTheReferralListAndFindsItsCsv() {
        logIn("clerk", "demo");
        open("/dashboard");
        clickAndWait(browser.findElement(By.linkText("Alla remisser")));
        assertThat(path()).isEqualTo("/referrals");
        assertThat(heading()).isEqualTo("Remisser");
        assertAccessible();
        screenshot("referral-list");
        new org.openqa.selenium.support.ui.Select(find("#status")).selectByVisibleText("Besvarad");
        clickAndWait(find("form.filters button[type=submit]"));
        assertThat(path()).startsWith("/referrals?status=ANSWERED");
        assertThat(find("main table").getText()).contains("Servicenämnden", "Besvarad");
        assertThat(find("main a[href^='/referrals.csv']").getAttribute("href")).contains("status=ANSWERED");
        assertAccessible();

        open("/meetings");
        assertThat(find("main a[href^='/meetings.csv']").getText()).isEqualTo("Ladda ner listan som CSV");
        assertAccessible();
        logOut();
    }
}
