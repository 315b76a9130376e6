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
 * Issue 9's journey: a clerk registers an audit report as a case with its PDF, refers it to
 * Servicenämnden, records its statement with the decision basis and registers a supplement onto the
 * case; the public reads it all on the case page and opens the PDF; a councillor's public page shows
 * her vote and her reservation. axe-core on every page.
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
        Path report = Files.createTempFile("revisionsrapport-", ".pdf");
        Files.write(report, se.sparbar.files.TestPdfs.pdf(2, "Revisionsrapport om kommunens lokalförsörjning"));
        find("#file").sendKeys(report.toAbsolutePath().toString());
        clickAndWait(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo(title);
        assertThat(find(".kicker").getText()).startsWith("Revisionsrapport");
        String casePath = path().replaceFirst("[?#].*$", "");
        long caseId = Long.parseLong(casePath.substring(casePath.lastIndexOf('/') + 1));
        String reportName = report.getFileName().toString();
        assertThat(find("#files").getText()).contains(reportName, "PDF");
        assertThat(jdbc.queryForObject("select count(*) from attached_file where case_id = ? and media_type = 'application/pdf'",
                Integer.class, caseId)).isEqualTo(1);
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
        assertAccessible();

        // a supplement comes in and is registered onto the case, with its file
        clickAndWait(find("a[href$='/incoming/new']"));
        assertAccessible();
        new Select(find("#type")).selectByValue("SUPPLEMENT");
        find("#sender").sendKeys("Stadsrevisionen");
        setDate("#receivedOn", "2026-11-27");
        find("#summary").sendKeys("Revisorernas svar på nämndens yttrande.");
        Path supplement = Files.createTempFile("Komplettering", ".pdf");
        Files.write(supplement, se.sparbar.files.TestPdfs.pdf(1, "Komplettering från revisionen"));
        find("#file").sendKeys(supplement.toAbsolutePath().toString());
        clickAndWait(find("main form button[type=submit]"));
        assertThat(path()).startsWith(casePath);
        assertThat(find(".timeline").getText()).contains("Komplettering inkom från: Stadsrevisionen – Revisorernas svar på nämndens yttrande.");
        assertAccessible();
        logOut();

        // the public reads the whole thread on the case page
        open(casePath);
        assertThat(heading()).isEqualTo(title);
        String page = find("main").getText();
        assertThat(page).contains("Stadsrevisionen", "Servicenämnden avger yttrande över revisionsrapporten.",
                "Nämnden delar revisorernas bedömning", "Missiv", "Micael Svensson", "Ordförande");
        String timeline = find(".timeline").getText();
        assertThat(timeline).contains("Remitterat till: Servicenämnden", "Yttrande från: Servicenämnden",
                "Komplettering inkom från: Stadsrevisionen");
        assertThat(find("#incoming-heading").findElement(org.openqa.selenium.By.xpath("..")).getText())
                .contains("Komplettering", "inkom 2026-11-27 från Stadsrevisionen", supplement.getFileName().toString());
        assertThat(find("#files").getText()).contains(reportName);
        // the statement's basis item is one of the case's files, linked where the statement numbers it
        assertThat(find("ol.basis a").getText()).isEqualTo("Missiv (PDF)");
        assertThat(find("ol.basis a").getDomAttribute("href")).matches("/files/\\d+");
        screenshot("case-public-with-statement");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("a[href*='/statement']"))).isEmpty();
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("a[href*='/incoming/new']"))).isEmpty();
        assertAccessible();
        // the public opens the audit report's PDF
        String pdfHref = find("#files a[href^='/files/']:not([href$='/download'])").getDomAttribute("href");
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + pdfHref)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // a councillor's public record: a vote she cast and her reservation (posted minutes), no contact details
        var her = jdbc.queryForMap("""
                select r.person_id, rp.title as reserved_on, vp.title as voted_on, vb.choice
                from reservation r
                join minutes_paragraph rp on rp.id = r.paragraph_id join meeting rm on rm.id = rp.meeting_id and rm.status = 'POSTED'
                join vote_ballot vb on vb.person_id = r.person_id join decision_step s on s.id = vb.step_id
                join minutes_paragraph vp on vp.id = s.paragraph_id join meeting vm on vm.id = vp.meeting_id and vm.status = 'POSTED'
                order by r.id, vb.id limit 1""");
        open("/people/" + her.get("person_id"));
        assertThat(find("#votes-heading").getText()).isEqualTo("Omröstningar");
        String choice = switch ((String) her.get("choice")) { case "YES" -> "Ja"; case "NO" -> "Nej"; default -> "Avstår"; };
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#votes-heading ~ table tbody tr")))
                .anyMatch(row -> row.getText().contains((String) her.get("voted_on")) && row.getText().contains(choice));
        assertThat(find("#reservations-heading").getText()).isEqualTo("Reservationer");
        assertThat(find("#reservations-heading").findElement(org.openqa.selenium.By.xpath("..")).getText())
                .contains("§", (String) her.get("reserved_on"));
        screenshot("person-votes-and-reservation");
        assertThat(find("main").getText()).doesNotContainPattern("@|\\d{3,4}-\\d{2} ?\\d{2} ?\\d{2}");
        assertAccessible();
    }
}
