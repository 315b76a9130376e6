package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A clerk cancels a planned meeting; the public sees it cancelled, with the reason. axe on every page. */
class MeetingCancellationBrowserTest extends BrowserTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkCancelsAPlannedMeetingAndThePublicSeesWhy() {
        // a meeting of its own: the demo's planned meetings are read by other tests
        long meeting = jdbc.queryForObject("""
                insert into meeting (body_id, starts_at, place, status) values
                ((select id from body where abbreviation = 'KS'), ?, 'Sessionssalen', 'PLANNED') returning id""",
                Long.class, java.time.OffsetDateTime.now(clock).plusDays(20));
        logIn("clerk", "demo");
        open("/meetings/" + meeting);
        assertThat(find("#cancel-heading").getText()).isEqualTo("Ställ in sammanträdet");
        assertAccessible();
        find("#reason").sendKeys("Inga ärenden är beredda till detta sammanträde.");
        clickAndWait(find("#cancel form button[type=submit]"));
        assertThat(find(".status").getText()).isEqualTo("Inställt");
        assertThat(find("main").getText()).contains("Sammanträdet är inställt", "Inga ärenden är beredda till detta sammanträde.");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#cancel, #adjustment"))).isEmpty();
        screenshot("meeting-cancelled-clerk");
        assertAccessible();

        logOut();
        open("/meetings/" + meeting);
        assertThat(find("main").getText()).contains("Sammanträdet är inställt", "Skäl: Inga ärenden är beredda till detta sammanträde.");
        screenshot("meeting-cancelled-public");
        assertAccessible();

        logIn("admin", "demo");
        open("/admin/settings");
        assertThat(find("label[for=agendaPublicDaysBefore]").getText()).contains("Ärendelistan blir offentlig");
        screenshot("settings-agenda-days");
        assertAccessible();
    }
}
