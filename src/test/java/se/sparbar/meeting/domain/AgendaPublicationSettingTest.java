package se.sparbar.meeting.domain;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.meeting.AgendaKind;
import se.sparbar.settings.MunicipalitySettings;
import se.sparbar.settings.Settings;
import se.sparbar.settings.SettingsChange;

/** How many days before a meeting its agenda is public is the municipality's setting (default 7), not a constant. */
@IntegrationTest
class AgendaPublicationSettingTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Meetings meetings;

    @Autowired
    Settings settings;

    @Test
    void theAgendaOfAMeetingTenDaysAheadIsPublicOnlyWhenTheSettingSaysMoreThanTenDays() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long meeting = fixture.meeting(council, LocalDateTime.now(clock).plusDays(10).truncatedTo(ChronoUnit.HOURS));
        meetings.addItem(meeting, AgendaKind.INFORMATION, "Dragning om budgetläget");
        MunicipalitySettings before = settings.current();
        try {
            change(before, 7);
            mvc.perform(get("/meetings/" + meeting)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Dragning om budgetläget"))));
            change(settings.current(), 14);
            mvc.perform(get("/meetings/" + meeting)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Dragning om budgetläget")));
        } finally {
            change(settings.current(), before.agendaPublicDaysBefore());
        }
    }

    private void change(MunicipalitySettings current, int days) {
        settings.change(new SettingsChange(current.name(), current.caseNumberFormat().template(), current.motionTimeLimitMonths(),
                current.appealPeriodDays(), days, current.followUpSchedule().text(), current.reportReminderDays(),
                current.version()));
    }
}
