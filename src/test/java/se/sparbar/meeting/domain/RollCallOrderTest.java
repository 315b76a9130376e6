package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sparbar.IntegrationTest;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.Commands.BodyDetails;
import se.sparbar.organisation.Commands.MembershipDetails;
import se.sparbar.organisation.Commands.PersonDetails;
import se.sparbar.organisation.MembershipRole;

/**
 * A roll-call vote is listed as it is read out (issue 13): by seat, members before the substitutes serving for them, then
 * by surname in Swedish alphabetical order (Å, Ä, Ö last) — whatever order the form's ballots came in.
 */
@IntegrationTest
class RollCallOrderTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Meetings meetings;

    @Autowired
    Minutes minutes;

    @Test
    void theRollCallIsListedBySeatThenBySurname() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long body = fixture.bodies.create(new BodyDetails("R" + tag, "Rådet " + tag, BodyType.COUNCIL, 0));
        long oberg = member(body, "Örjan", "Öberg", MembershipRole.MEMBER);
        long aberg = member(body, "Åsa", "Åberg", MembershipRole.MEMBER);
        long arlig = member(body, "Ärla", "Ärlig", MembershipRole.MEMBER);
        long borg = member(body, "Bertil", "Borg", MembershipRole.MEMBER);
        long andersson = member(body, "Anna", "Andersson", MembershipRole.SUBSTITUTE);
        long meeting = meetings.plan(new se.sparbar.meeting.MeetingDetails(body,
                LocalDateTime.now(clock).minusHours(1).withNano(0), null, "Stadshuset", null, "Kansliet"));
        long version = fixture.jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting);
        meetings.recordAttendance(meeting, List.of(new AttendanceEntry(oberg, Seat.MEMBER, true, null),
                new AttendanceEntry(aberg, Seat.MEMBER, true, null), new AttendanceEntry(arlig, Seat.MEMBER, true, null),
                new AttendanceEntry(borg, Seat.MEMBER, false, null), new AttendanceEntry(andersson, Seat.SUBSTITUTE, true, borg)),
                null, version);
        meetings.assignRoles(meeting, aberg, null, List.of(oberg));
        long paragraph = minutes.addParagraph(meeting, "Motion om ordning");
        long board = minutes.addPreparedProposal(paragraph, "Kommunstyrelsens förslag", "Motionen bifalls.");
        long reject = minutes.addProposal(paragraph, new Minutes.NewProposal(oberg, ProposalKind.REJECT, Preference.ONLY, "Avslag",
                "Motionen avslås.", Set.of()));
        Map<Long, BallotChoice> ballots = new LinkedHashMap<>();
        ballots.put(andersson, BallotChoice.YES);
        ballots.put(oberg, BallotChoice.NO);
        ballots.put(arlig, BallotChoice.YES);
        ballots.put(aberg, BallotChoice.YES);
        minutes.addVote(paragraph, board, reject, ballots, null, null);

        List<String> read = minutes.view(paragraph).steps().get(0).ballots().stream().map(b -> b.person().lastName()).toList();
        assertThat(read).containsExactly("Åberg", "Ärlig", "Öberg", "Andersson");
    }

    private long member(long body, String first, String last, MembershipRole role) {
        long person = fixture.people.create(new PersonDetails(first, last, null, null, 0));
        fixture.people.addMembership(person, new MembershipDetails(body, role, LocalDate.of(2020, 1, 1), null, 0));
        return person;
    }
}
