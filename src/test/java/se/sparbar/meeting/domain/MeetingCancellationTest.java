package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;
import se.sparbar.meeting.MeetingDetails;
import se.sparbar.record.PublicRecord;
import se.sparbar.record.RecordKind;

/** A planned meeting is cancelled with a reason: the public page, the record, the calendars and OParl all say so. */
@IntegrationTest
class MeetingCancellationTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Meetings meetings;

    @Autowired
    PublicRecord record;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkCancelsAPlannedMeetingAndEveryReaderIsToldWhy() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long meeting = fixture.meeting(council, LocalDateTime.now(clock).plusDays(10).truncatedTo(ChronoUnit.HOURS));
        VEvent before = event(council.bodyId(), meeting);
        assertThat(before.getStatus().getValue()).isEqualTo("CONFIRMED");

        mvc.perform(post("/meetings/" + meeting + "/cancel").with(csrf()).with(as("clerk"))
                        .param("reason", "Inga ärenden att behandla").param("version", String.valueOf(version(meeting))))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select status from meeting where id = ?", String.class, meeting)).isEqualTo("CANCELLED");
        mvc.perform(get("/meetings/" + meeting)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sammanträdet är inställt")))
                .andExpect(content().string(Matchers.containsString("Inga ärenden att behandla")));
        assertThat(record.ofBody(council.bodyId(), false, 10)).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(RecordKind.MEETING_CANCELLED);
            assertThat(entry.summary()).isEqualTo("Inga ärenden att behandla");
        });
        VEvent after = event(council.bodyId(), meeting);
        assertThat(after.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(after.getUid().getValue()).isEqualTo(before.getUid().getValue());
        assertThat(after.getSequence().getValue()).isGreaterThan(before.getSequence().getValue());
        mvc.perform(get("/oparl/v1/meetings/" + meeting)).andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true))
                .andExpect(jsonPath("$.meetingState").value("inställt"));
        // nothing more can be recorded on a cancelled meeting
        mvc.perform(post("/meetings/" + meeting + "/held").with(csrf()).with(as("clerk"))).andExpect(status().isConflict());
        mvc.perform(post("/meetings/" + meeting + "/cancel").with(csrf()).with(as("clerk"))
                .param("reason", "Igen").param("version", String.valueOf(version(meeting)))).andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("redan inställt")));
    }

    @Test
    void aCancellationNeedsAReasonAndTheCurrentVersionAndOnlyAPlannedMeetingCanBeCancelled() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        // started an hour ago and not yet marked held: it can still be cancelled, and held (a meeting ahead cannot be held)
        long meeting = fixture.meeting(council, LocalDateTime.now(clock).minusHours(1).truncatedTo(ChronoUnit.MINUTES));
        mvc.perform(post("/meetings/" + meeting + "/cancel").with(csrf()).with(as("clerk")).param("reason", " ")
                        .param("version", String.valueOf(version(meeting))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("error-summary")));
        mvc.perform(post("/meetings/" + meeting + "/cancel").with(csrf()).with(as("clerk")).param("reason", "Gammal sida")
                .param("version", String.valueOf(version(meeting) - 1))).andExpect(status().isConflict());
        mvc.perform(post("/meetings/" + meeting + "/cancel").with(csrf()).with(as("councillor")).param("reason", "Får inte")
                .param("version", String.valueOf(version(meeting)))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from meeting where id = ?", String.class, meeting)).isEqualTo("PLANNED");

        meetings.markHeld(meeting);
        mvc.perform(post("/meetings/" + meeting + "/cancel").with(csrf()).with(as("clerk")).param("reason", "För sent")
                        .param("version", String.valueOf(version(meeting))))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Bara ett sammanträde som inte har hållits kan ställas in")));
        assertThat(jdbc.queryForObject("select status from meeting where id = ?", String.class, meeting)).isEqualTo("HELD");
    }

    private VEvent event(long bodyId, long meeting) throws Exception {
        String ics = mvc.perform(get("/calendar/bodies/" + bodyId + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        ICalendar calendar = Biweekly.parse(ics).first();
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().startsWith("meeting-" + meeting + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("meeting " + meeting + " is not in the calendar:\n" + ics));
    }

    private long version(long meeting) {
        return jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
