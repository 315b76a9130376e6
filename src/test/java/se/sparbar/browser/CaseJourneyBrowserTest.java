package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9's journey: a clerk registers an audit report as a case, refers it to Servicenämnden and
 * records its statement with the decision basis; the public reads it all on the case page; a
 * councillor's public page shows her votes and reservations. axe-core on every page.
 */
class CaseJourneyBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditReportIsRegisteredReferredAnsweredAndReadByThePublic() throws Exception {
        String title = "Granskning av kommunens lokalförsörjning";
        logIn("clerk", "demo");
        open("/cases/new");
        assertAccessible();
        new Select(find("#type")).selectByValue("AUDIT_REPORT");
        find("#title").sendKeys(title);
        find("#sender").sendKeys("Stadsrevisionen");
        setDate("#receivedOn", "2026-11-20");
        find("#summary").sendKeys("Revisorerna har granskat hur kommunen planerar sina lokaler.");
        new Select(find("#ownerBodyId")).selectByVisibleText("Kommunstyrelsen");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo(title);
        assertThat(find(".kicker").getText()).startsWith("Revisionsrapport");
        String casePath = path().replaceFirst("[?#].*$", "");
        assertAccessible();

        clickAndWait(find("a[href$='/referrals/new']"));
        assertAccessible();
        checkLabelled("Servicenämnden");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find("#referrals-heading + table").getText()).contains("Servicenämnden", "Väntar på svar");
        assertAccessible();

        screenshot("case-clerk-referred");
        clickAndWait(find("#referrals-heading + table a[href*='/statement']"));
        assertAccessible();
        find("#bodyDecisionText").sendKeys("Servicenämnden avger yttrande över revisionsrapporten.");
        setDate("#decidedOn", "2026-11-25");
        find("#fullText").sendKeys("Nämnden delar revisorernas bedömning och redovisar sina åtgärder.");
        find("#basis0\\.title").sendKeys("Missiv");
        Path pdf = Files.createTempFile("missiv", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% granskning\n".getBytes(StandardCharsets.US_ASCII));
        find("#basis0\\.file").sendKeys(pdf.toAbsolutePath().toString());
        find("#distribution").sendKeys("Stadsrevisionen");
        find("#signatories0\\.name").sendKeys("Micael Svensson");
        find("#signatories0\\.title").sendKeys("Ordförande");
        screenshot("case-statement-form");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(path()).startsWith(casePath);
        assertThat(find("#referrals-heading + table").getText()).contains("Besvarad");
        logOut();

        // the public reads the whole thread on the case page
        open(casePath);
        assertThat(heading()).isEqualTo(title);
        String page = find("main").getText();
        assertThat(page).contains("Stadsrevisionen", "Servicenämnden avger yttrande över revisionsrapporten.",
                "Nämnden delar revisorernas bedömning", "Missiv", "Micael Svensson", "Ordförande");
        screenshot("case-public-with-statement");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("a[href*='/statement']"))).isEmpty();
        assertAccessible();

        // a councillor's public record: the votes she cast and her reservations, no contact details
        long reserver = jdbc.queryForObject("select person_id from reservation order by id limit 1", Long.class);
        open("/people/" + reserver);
        assertThat(find("#votes-heading").getText()).isEqualTo("Omröstningar");
        assertThat(find("#reservations-heading").getText()).isEqualTo("Reservationer");
        assertThat(find("#reservations-heading").findElement(org.openqa.selenium.By.xpath("..")).getText()).contains("§");
        assertThat(find("main").getText()).doesNotContainPattern("@|\\d{3,4}-\\d{2} ?\\d{2} ?\\d{2}");
        assertAccessible();
    }
}
