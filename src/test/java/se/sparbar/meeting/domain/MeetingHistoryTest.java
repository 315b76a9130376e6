package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import se.sparbar.IntegrationTest;
import se.sparbar.meeting.AgendaKind;

/** A meeting's history holds the changes to its own parts: attendance, officers and agenda, with names, translated. */
@IntegrationTest
class MeetingHistoryTest {

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingHistory history;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    record Change(String field, String oldValue, String newValue) {
    }

    @Test
    void attendanceOfficersAndAgendaAreInTheMeetingsHistoryWithNames() throws Exception {
        MeetingFixture.Council council = fixture.council(2, 1);
        long member0 = council.members().get(0);
        long member1 = council.members().get(1);
        long substitute = council.substitutes().get(0);
        long meeting = fixture.meeting(council, LocalDateTime.now(clock).plusDays(10).truncatedTo(ChronoUnit.HOURS));
        meetings.recordAttendance(meeting, List.of(new AttendanceEntry(member0, Seat.MEMBER, true, null),
                new AttendanceEntry(member1, Seat.MEMBER, false, null),
                new AttendanceEntry(substitute, Seat.SUBSTITUTE, true, member1)), null, meetings.view(meeting).version());
        meetings.assignRoles(meeting, member0, null, List.of(substitute));
        meetings.addItem(meeting, AgendaKind.INFORMATION, "Information om budgeten");

        String tag = council.name().substring("Fullmäktige ".length());
        String first = "Ledamot0 Test " + tag;
        String second = "Ledamot1 Test " + tag;
        String third = "Ledamot2 Test " + tag;
        List<Change> changes = new TransactionTemplate(transactions).execute(status ->
                history.partChanges("Meeting", meeting, Locale.forLanguageTag("sv")).stream()
                        .map(c -> new Change(c.field(), c.oldValue(), c.newValue())).toList());
        assertThat(changes).contains(
                new Change("meeting.attendance", null, first + " – Ledamot, Närvarande"),
                new Change("meeting.attendance", second + " – Ledamot, Närvarande", second + " – Ledamot, Frånvarande"),
                new Change("meeting.attendance", third + " – Ersättare, Frånvarande",
                        third + " – Ersättare, Närvarande, tjänstgör för " + second),
                new Change("meeting.roles", null, "Ordförande: " + first),
                new Change("meeting.roles", null, "Justerare: " + third));
        assertThat(changes).filteredOn(c -> c.field().equals("meeting.agenda")).singleElement()
                .satisfies(c -> assertThat(c.newValue()).endsWith(". Information om budgeten"));
        // member0's row, unchanged when attendance was recorded again, is not repeated
        assertThat(changes).filteredOn(c -> c.field().equals("meeting.attendance") && String.valueOf(c.newValue()).startsWith(first))
                .hasSize(1);

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/history/Meeting/" + meeting).with(user(users.loadUserByUsername("clerk"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page).doesNotContain("??").contains("Närvaro", "Funktionärer", "Ärendelista", "tjänstgör för " + second,
                "Information om budgeten");
        String english = HtmlUtils.htmlUnescape(mvc.perform(get("/history/Meeting/" + meeting).param("lang", "en")
                .with(user(users.loadUserByUsername("clerk")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(english).doesNotContain("??").contains("Attendance", "Officers", "Agenda", "serving for " + second);
    }
}
