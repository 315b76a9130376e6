package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clerk attaches a document to an agenda item of a planned meeting in Chromium; the public reads it
 * on the meeting page under its item once the agenda is published. axe-core on every page.
 */
class AgendaFilesBrowserTest extends BrowserTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkAttachesADocumentToAnAgendaItemAndThePublicReadsItUnderTheItem() throws Exception {
        long meeting = jdbc.queryForObject("""
                insert into meeting (body_id, starts_at, place, status)
                select id, ?, 'Stadshuset, sal 2', 'PLANNED' from body where abbreviation = 'SN' returning id""",
                Long.class, java.time.OffsetDateTime.now(clock).plusDays(2));
        long item = jdbc.queryForObject("""
                insert into agenda_item (meeting_id, ordinal, kind, title) values (?, 1, 'INFORMATION', 'Lokalförsörjningen i skolorna')
                returning id""", Long.class, meeting);

        logIn("clerk", "demo");
        open("/meetings/" + meeting);
        assertAccessible();
        clickAndWait(find("#agenda-item-" + item + " a[href$='/files/new']"));
        assertAccessible();
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find("#error-summary").getText()).contains("Fil");
        assertAccessible();
        Path pdf = Files.createTempFile("lokalplan-", ".pdf");
        Files.write(pdf, se.sparbar.files.TestPdfs.pdf(1, "Lokalplan för skolorna"));
        find("#file").sendKeys(pdf.toAbsolutePath().toString());
        find("#name").sendKeys("Lokalplan för skolorna");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(path()).startsWith("/meetings/" + meeting);
        assertThat(find("#agenda-item-" + item).getText()).contains("Lokalplan för skolorna", "PDF");
        assertAccessible();
        logOut();

        open("/meetings/" + meeting);
        String itemText = find("#agenda-item-" + item).getText();
        assertThat(itemText).contains("Lokalförsörjningen i skolorna", "Lokalplan för skolorna", "PDF");
        assertThat(find("#agenda-item-" + item + " a[href^='/files/']").getDomAttribute("href")).matches("/files/\\d+");
        screenshot("meeting-public-agenda-files");
        assertAccessible();
    }
}
