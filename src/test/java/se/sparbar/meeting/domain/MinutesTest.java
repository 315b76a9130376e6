package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import se.sparbar.IntegrationTest;
import se.sparbar.meeting.AgendaRule;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.NonParticipationKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.motion.MotionStatus;
import se.sparbar.motion.domain.Motions;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.RefusedException;

@IntegrationTest
class MinutesTest {

    @Autowired
    java.time.Clock clock;

    /** A day this many years ahead of the clock's (the fixed dates these tests once used drifted into the past). */
    private LocalDateTime ahead(int years, int month, int day, int hour, int minute) {
        return java.time.LocalDate.now(clock).plusYears(years).withMonth(month).withDayOfMonth(day).atTime(hour, minute);
    }

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Meetings meetings;

    @Autowired
    Minutes minutes;

    @Autowired
    MeetingQueries queries;

    @Autowired
    Motions motions;

    @Test
    void paragraphNumbersRunPerBodyAndYearAcrossMeetingsWithoutGapsUnderConcurrency() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long first = fixture.meeting(council, ahead(5, 2, 10, 18, 0));
        long second = fixture.meeting(council, ahead(5, 3, 10, 18, 0));
        long nextYear = fixture.meeting(council, ahead(6, 1, 20, 18, 0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long meeting = i % 2 == 0 ? first : second;
            int n = i;
            tasks.add(() -> minutes.addParagraph(meeting, "Paragraf " + n));
        }
        List<Future<Long>> created = pool.invokeAll(tasks);
        pool.shutdown();
        for (Future<Long> f : created) {
            f.get();
        }
        List<Integer> numbers = fixture.jdbc.queryForList(
                "select number from minutes_paragraph where body_id = ? and paragraph_year = ? order by number", Integer.class,
                council.bodyId(), ahead(5, 2, 10, 18, 0).getYear());
        assertThat(numbers).hasSize(40).doesNotHaveDuplicates();
        assertThat(numbers).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        long firstOfNextYear = minutes.addParagraph(nextYear, "Ny årgång");
        assertThat(minutes.view(firstOfNextYear).number()).isEqualTo(1);
    }

    @Test
    void aRollCallVoteCountsOnlyThoseEntitledAndTheChairBreaksATie() {
        MeetingFixture.Council council = fixture.council(5, 1);
        long meeting = fixture.meeting(council, ahead(4, 5, 6, 18, 0));
        List<Long> m = council.members();
        long substitute = council.substitutes().get(0);
        // member 4 is absent and the substitute serves for her
        meetings.recordAttendance(meeting, List.of(
                new AttendanceEntry(m.get(0), Seat.MEMBER, true, null), new AttendanceEntry(m.get(1), Seat.MEMBER, true, null),
                new AttendanceEntry(m.get(2), Seat.MEMBER, true, null), new AttendanceEntry(m.get(3), Seat.MEMBER, true, null),
                new AttendanceEntry(m.get(4), Seat.MEMBER, false, null),
                new AttendanceEntry(substitute, Seat.SUBSTITUTE, true, m.get(4))), null, meetings.view(meeting).version());
        meetings.assignRoles(meeting, m.get(0), null, List.of(m.get(1)));
        assertThat(meetings.view(meeting).quorum()).isEqualTo(new MeetingView.Quorum(5, 5));
        long paragraph = minutes.addParagraph(meeting, "Omröstning");
        long yes = minutes.addProposal(paragraph, new Minutes.NewProposal(m.get(0), ProposalKind.APPROVE, Preference.ONLY, "Bifall", "Bifall.", Set.of()));
        long no = minutes.addProposal(paragraph, new Minutes.NewProposal(m.get(1), ProposalKind.REJECT, Preference.ONLY, "Avslag", "Avslag.", Set.of()));
        minutes.addNonParticipation(paragraph, m.get(3), NonParticipationKind.CONFLICT_OF_INTEREST);

        // the absent member, and the recused one, cannot vote: refused and nothing stored
        assertThatThrownBy(() -> minutes.addVote(paragraph, yes, no, ballots(m.get(0), "YES", m.get(4), "NO"), null, null))
                .isInstanceOf(FieldRefusedException.class).hasMessage("meeting.vote.notEntitled");
        assertThatThrownBy(() -> minutes.addVote(paragraph, yes, no, ballots(m.get(0), "YES", m.get(3), "NO"), null, null))
                .hasMessage("meeting.vote.notEntitled");
        assertThat(minutes.view(paragraph).steps()).isEmpty();

        // 2–2 among the four entitled (three members and the serving substitute): the chair's vote decides
        RollCall.Result result = minutes.addVote(paragraph, yes, no,
                ballots(m.get(0), "YES", m.get(1), "NO", m.get(2), "NO", substitute, "YES"), null, null);
        assertThat(result.castingVote()).isTrue();
        ParagraphView.Step step = minutes.view(paragraph).steps().get(0);
        assertThat(step.yes()).isEqualTo(2);
        assertThat(step.no()).isEqualTo(2);
        assertThat(step.winner().id()).isEqualTo(yes);
        assertThat(step.castingPerson().id()).isEqualTo(m.get(0));
        assertThat(step.ballots()).hasSize(4);
        // a recused member who has voted cannot be recused afterwards, and nobody is recused twice
        assertThatThrownBy(() -> minutes.addNonParticipation(paragraph, m.get(1), NonParticipationKind.CONFLICT_OF_INTEREST))
                .hasMessage("meeting.nonParticipation.hasVoted");
    }

    @Test
    void adjustedMinutesAreLockedAndCorrectionsAreRecordedBeside() {
        MeetingFixture.Council council = fixture.council(3, 0);
        // a meeting in the past: it may be held and adjusted (the time rules are MeetingTimeRulesTest's)
        long meeting = fixture.meeting(council, LocalDateTime.of(2025, 9, 1, 18, 0));
        List<Long> m = council.members();
        meetings.assignRoles(meeting, m.get(0), null, List.of(m.get(1)));
        long paragraph = minutes.addParagraph(meeting, "Låses");
        minutes.addSpeaker(paragraph, m.get(2));
        assertThatThrownBy(() -> meetings.sign(meeting, roleId(meeting, MeetingRoleKind.CHAIR), fixture.clerk(), true))
                .hasMessage("meeting.refused.notHeld");
        meetings.markHeld(meeting);
        assertThat(meetings.sign(meeting, roleId(meeting, MeetingRoleKind.CHAIR), fixture.clerk(), true)).isFalse();
        assertThat(meetings.view(meeting).status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meetings.sign(meeting, roleId(meeting, MeetingRoleKind.ADJUSTER), fixture.clerk(), true)).isTrue();
        MeetingView adjusted = meetings.view(meeting);
        assertThat(adjusted.status()).isEqualTo(MeetingStatus.ADJUSTED);
        assertThat(adjusted.roles()).allSatisfy(r -> assertThat(r.signedAt()).isNotNull());
        assertThat(adjusted.roles().get(0).signedRecordedBy()).isEqualTo("Karin Registrator");

        assertThatThrownBy(() -> minutes.addSpeaker(paragraph, m.get(1))).isInstanceOf(RefusedException.class)
                .hasMessage("meeting.refused.locked");
        assertThatThrownBy(() -> minutes.describe(paragraph, new Minutes.Texts("Ändrad", null, null, null, null),
                minutes.view(paragraph).version())).hasMessage("meeting.refused.locked");
        assertThatThrownBy(() -> minutes.addParagraph(meeting, "Ny")).hasMessage("meeting.refused.locked");
        // the database refuses too, whatever the application does
        assertThatThrownBy(() -> fixture.jdbc.update("update minutes_paragraph set title = 'Bakvägen' where id = ?", paragraph))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("adjusted and locked");
        assertThatThrownBy(() -> fixture.jdbc.update("delete from paragraph_speaker where paragraph_id = ?", paragraph))
                .isInstanceOf(DataAccessException.class);
        assertThat(minutes.view(paragraph).title()).isEqualTo("Låses");

        meetings.correct(meeting, paragraph, "Rubriken ska vara Låst", "Skrivfel", fixture.clerk());
        assertThat(meetings.view(meeting).corrections()).singleElement()
                .satisfies(c -> assertThat(c.paragraphNumber()).isEqualTo(minutes.view(paragraph).number()));
    }

    @Test
    void postingSetsTheAppealEndAndTheNoticeBoardShowsItThroughThatDay() {
        MeetingFixture.Council council = fixture.council(3, 0);
        long meeting = fixture.meeting(council, LocalDateTime.of(2024, 6, 10, 18, 0));
        List<Long> m = council.members();
        meetings.assignRoles(meeting, m.get(0), null, List.of(m.get(1)));
        minutes.addParagraph(meeting, "Anslås");
        meetings.importAdjustment(meeting, LocalDate.of(2024, 6, 18), fixture.clerk());

        // a posting date before adjustment is refused, and nothing is posted
        assertThatThrownBy(() -> meetings.post(meeting, LocalDate.of(2024, 6, 17), "Kommunledningskontoret", fixture.clerk()))
                .isInstanceOf(FieldRefusedException.class).hasMessage("meeting.posting.beforeAdjustment");
        assertThat(meetings.view(meeting).status()).isEqualTo(MeetingStatus.ADJUSTED);
        assertThat(meetings.view(meeting).posting()).isNull();

        Meetings.Posted posted = meetings.post(meeting, LocalDate.of(2024, 6, 20), "Kommunledningskontoret", fixture.clerk());
        assertThat(posted.appealEndsOn()).isEqualTo(LocalDate.of(2024, 7, 11));
        assertThat(posted.late()).as("posted two days after adjustment: in time").isFalse();
        assertThat(queries.noticeBoard(LocalDate.of(2024, 7, 11))).extracting(MeetingQueries.Posting::meetingId).contains(meeting);
        assertThat(queries.noticeBoard(LocalDate.of(2024, 7, 12))).extracting(MeetingQueries.Posting::meetingId).doesNotContain(meeting);
        assertThat(queries.noticeBoard(LocalDate.of(2024, 6, 19))).extracting(MeetingQueries.Posting::meetingId).doesNotContain(meeting);
        assertThat(queries.isPublished(meeting)).isTrue();
        assertThatThrownBy(() -> meetings.post(meeting, LocalDate.of(2024, 6, 21), "X", fixture.clerk())).hasMessage("meeting.refused.alreadyPosted");

        assertThat(Meetings.isLate(LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 21))).isTrue();
    }

    @Test
    void aCouncilDecisionMovesTheMotionAndItsTimelineLinksToTheParagraph() {
        MeetingFixture.Council council = fixture.council(3, 0);
        long clerk = fixture.clerk();
        String unprepared = fixture.transaction.execute(s -> {
            long motion = fixture.imports.draft(clerk, council.members().get(0), new se.sparbar.motion.MotionDraft("Oberedd",
                    "Text.", List.of("att"), council.bodyId(), Set.of(), new se.sparbar.motion.MotionDraft.Contact("A", "B", null, null)),
                    clock.instant());
            fixture.imports.submit(motion, clock.instant());
            return fixture.imports.register(motion, clerk, new se.sparbar.motion.Registration(LocalDate.now(clock), "A", "Oberedd"),
                    clock.instant()).caseNumber();
        });
        String prepared = fixture.preparedMotion(council, clerk, "Beredd motion");
        long meeting = fixture.meeting(council, LocalDateTime.of(2025, 11, 3, 18, 0));

        assertThatThrownBy(() -> meetings.addCase(meeting, unprepared)).isInstanceOf(FieldRefusedException.class)
                .hasMessage("meeting.agenda.motionNotPrepared");
        assertThat(meetings.agendaCandidates(meeting)).extracting(AgendaRule.Candidate::caseNumber).containsExactly(prepared);
        long item = meetings.addCase(meeting, prepared);
        long paragraph = minutes.openFromAgenda(meeting, item);
        ParagraphView opened = minutes.view(paragraph);
        assertThat(opened.proposals()).singleElement().satisfies(p -> {
            assertThat(p.mover()).isNull();
            assertThat(p.name()).isEqualTo("Kommunstyrelsens förslag till beslut");
        });
        minutes.decide(paragraph, ParagraphOutcome.APPROVED, "Motionen bifalls.", opened.version());

        long motionId = fixture.motionIdOf(prepared);
        var view = motions.view(motionId, clerk, true);
        assertThat(view.status()).isEqualTo(MotionStatus.DECIDED_APPROVED);
        assertThat(view.decidedOn()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(view.timeline()).anySatisfy(e -> {
            assertThat(e.messageKey()).isEqualTo("timeline.paragraph.APPROVED");
            assertThat(e.detail()).endsWith("2025-11-03 § " + opened.number());
        });
        // a decision the motion cannot take is refused and undone with the paragraph
        String other = fixture.preparedMotion(council, clerk, "Annan motion");
        long otherParagraph = minutes.openFromAgenda(meeting, meetings.addCase(meeting, other));
        assertThatThrownBy(() -> minutes.decide(otherParagraph, ParagraphOutcome.ELECTED, "Val.", minutes.view(otherParagraph).version()))
                .hasMessage("meeting.decision.notForMotion");
        assertThat(minutes.view(otherParagraph).decided()).isFalse();

        // a meeting two weeks ahead cannot decide yet: the motion's timeline never shows a decision in the future
        String ahead = fixture.preparedMotion(council, clerk, "Motion för nästa sammanträde");
        long next = fixture.meeting(council, LocalDateTime.now(clock).plusWeeks(2).withNano(0));
        long aheadParagraph = minutes.openFromAgenda(next, meetings.addCase(next, ahead));
        assertThatThrownBy(() -> minutes.decide(aheadParagraph, ParagraphOutcome.APPROVED, "Bifalls.", minutes.view(aheadParagraph).version()))
                .isInstanceOf(RefusedException.class).hasMessage("meeting.paragraph.decisionBeforeMeeting");
        assertThatThrownBy(() -> meetings.markHeld(next)).hasMessage("meeting.refused.notStarted");
        assertThat(motions.view(fixture.motionIdOf(ahead), clerk, true).status()).isEqualTo(MotionStatus.PREPARED);
    }

    @Test
    void substitutesServeOnlyForAbsentMembersAndProposalsComeFromThosePresent() {
        MeetingFixture.Council council = fixture.council(2, 1);
        long meeting = fixture.meeting(council, ahead(4, 2, 2, 18, 0));
        List<Long> m = council.members();
        long version = meetings.view(meeting).version();
        assertThatThrownBy(() -> meetings.recordAttendance(meeting, List.of(new AttendanceEntry(m.get(0), Seat.MEMBER, true, null),
                new AttendanceEntry(council.substitutes().get(0), Seat.SUBSTITUTE, true, m.get(0))), null, version))
                .hasMessage("meeting.attendance.servesForPresent");
        long paragraph = minutes.addParagraph(meeting, "Yrkanden");
        assertThatThrownBy(() -> minutes.addProposal(paragraph, new Minutes.NewProposal(council.substitutes().get(0), ProposalKind.AMEND,
                Preference.ONLY, "X", "Y", Set.of()))).hasMessage("meeting.person.notPresent");
        assertThatThrownBy(() -> minutes.addProposal(paragraph, new Minutes.NewProposal(m.get(0), ProposalKind.AMEND,
                Preference.SECOND_HAND, "X", "Y", Set.of()))).hasMessage("meeting.proposal.secondHandNeedsFirst");
    }

    private long roleId(long meeting, MeetingRoleKind kind) {
        return meetings.view(meeting).roles().stream().filter(r -> r.role() == kind).findFirst().orElseThrow().id();
    }

    private static Map<Long, BallotChoice> ballots(Object... pairs) {
        Map<Long, BallotChoice> ballots = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            ballots.put((Long) pairs[i], BallotChoice.valueOf((String) pairs[i + 1]));
        }
        return Collections.unmodifiableMap(ballots);
    }
}
