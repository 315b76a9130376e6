package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sparbar.meeting.MeetingHeld;
import se.sparbar.meeting.MinutesAdjusted;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.RefusedException;

/** The meeting's own time rules, on the aggregate alone with a fixed clock: no Spring, no database. */
class MeetingTimeRulesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 14);
    private static final Instant STARTS = DAY.atTime(18, 0).atZone(ZONE).toInstant();
    private static final Clock TWO_WEEKS_BEFORE = Clock.fixed(STARTS.minusSeconds(14 * 24 * 3600), ZONE);
    private static final Clock AN_HOUR_IN = Clock.fixed(STARTS.plusSeconds(3600), ZONE);

    private Meeting meeting() {
        Meeting meeting = new Meeting(20, STARTS, STARTS.plusSeconds(4 * 3600), "Sessionssalen", null, "Kommunledningskontoret");
        meeting.recordAttendance(1, Seat.MEMBER, true, null);
        meeting.recordAttendance(2, Seat.MEMBER, true, null);
        meeting.recordAttendance(3, Seat.MEMBER, false, null);
        meeting.recordAttendance(4, Seat.SUBSTITUTE, true, 3L);
        meeting.recordAttendance(5, Seat.SUBSTITUTE, true, null);
        meeting.assignRoles(1L, 5L, List.of(2L));
        return Ids.assign(meeting);
    }

    private static long role(Meeting meeting, MeetingRoleKind kind) {
        return meeting.getRoles().stream().filter(r -> r.getRole() == kind).findFirst().orElseThrow().getId();
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    @Test
    void aMeetingCannotBeMarkedHeldBeforeItHasStarted() {
        Meeting meeting = meeting();
        assertThatThrownBy(() -> meeting.markHeld(TWO_WEEKS_BEFORE)).isInstanceOf(RefusedException.class)
                .hasMessage("meeting.refused.notStarted");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.domainEvents()).isEmpty();
    }

    @Test
    void heldOnceStartedItRaisesMeetingHeld() {
        Meeting meeting = meeting();
        meeting.markHeld(AN_HOUR_IN);
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(meeting.getHeldAt()).isEqualTo(AN_HOUR_IN.instant());
        assertThat(meeting.domainEvents()).containsExactly(new MeetingHeld(meeting.getId(), 20, AN_HOUR_IN.instant()));
        assertThatThrownBy(() -> meeting.markHeld(AN_HOUR_IN)).hasMessage("meeting.refused.notPlanned");
    }

    @Test
    void minutesKeptBeforeSparbarCannotBeImportedAsHeldForAMeetingStillAhead() {
        Meeting meeting = meeting();
        assertThatThrownBy(() -> meeting.importHeld(TWO_WEEKS_BEFORE)).hasMessage("meeting.refused.notStarted");
        meeting.importHeld(on(DAY.plusDays(3)));
        assertThat(meeting.getHeldAt()).isEqualTo(STARTS);
    }

    @Test
    void minutesAreNotAdjustedBeforeTheMeetingIsHeld() {
        Meeting meeting = meeting();
        assertThatThrownBy(() -> meeting.sign(role(meeting, MeetingRoleKind.CHAIR), 99, AN_HOUR_IN))
                .isInstanceOf(RefusedException.class).hasMessage("meeting.refused.notHeld");
        assertThat(meeting.getRoles()).noneMatch(MeetingRole::isSigned);
    }

    @Test
    void anAdjustmentIsNotDatedBeforeTheMeetingNorInTheFuture() {
        Meeting meeting = meeting();
        meeting.importHeld(on(DAY.plusDays(10)));
        long chair = role(meeting, MeetingRoleKind.CHAIR);
        Clock now = on(DAY.plusDays(10));
        assertThatThrownBy(() -> meeting.sign(chair, 99, DAY.minusDays(1).atStartOfDay(ZONE).toInstant(), DAY.minusDays(1), now))
                .hasMessage("meeting.refused.adjustmentBeforeHeld");
        assertThatThrownBy(() -> meeting.sign(chair, 99, DAY.plusDays(11).atStartOfDay(ZONE).toInstant(), DAY.plusDays(11), now))
                .hasMessage("meeting.refused.adjustmentBeforeHeld");
        assertThat(meeting.sign(chair, 99, DAY.plusDays(2).atStartOfDay(ZONE).toInstant(), DAY.plusDays(2), now)).isFalse();
    }

    @Test
    void theLastConfirmationAdjustsTheMinutesTodayAndRaisesMinutesAdjusted() {
        Meeting meeting = meeting();
        meeting.markHeld(AN_HOUR_IN);
        meeting.clearDomainEvents();
        Clock later = on(DAY.plusDays(2));
        assertThatThrownBy(() -> meeting.sign(role(meeting, MeetingRoleKind.SECRETARY), 99, later))
                .hasMessage("meeting.refused.secretaryDoesNotAdjust");
        assertThat(meeting.sign(role(meeting, MeetingRoleKind.CHAIR), 99, later)).isFalse();
        assertThat(meeting.domainEvents()).isEmpty();
        assertThat(meeting.sign(role(meeting, MeetingRoleKind.ADJUSTER), 99, later)).isTrue();
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.ADJUSTED);
        assertThat(meeting.getAdjustedOn()).isEqualTo(DAY.plusDays(2));
        assertThat(meeting.domainEvents()).containsExactly(new MinutesAdjusted(meeting.getId(), 20, DAY.plusDays(2)));
        assertThatThrownBy(meeting::requireOpen).hasMessage("meeting.refused.locked");
    }

    @Test
    void minutesArePostedOnlyOnceAdjustedNotBeforeTheAdjustmentDayAndNotInTheFuture() {
        Meeting meeting = meeting();
        assertThatThrownBy(() -> meeting.post(DAY, 21, List.of(), on(DAY.plusDays(3)))).hasMessage("meeting.refused.notAdjusted");
        meeting.markHeld(AN_HOUR_IN);
        assertThatThrownBy(() -> meeting.post(DAY, 21, List.of(), on(DAY.plusDays(3)))).hasMessage("meeting.refused.notAdjusted");
        Clock adjusting = on(DAY.plusDays(2));
        meeting.sign(role(meeting, MeetingRoleKind.CHAIR), 99, adjusting);
        meeting.sign(role(meeting, MeetingRoleKind.ADJUSTER), 99, adjusting);
        Clock today = on(DAY.plusDays(3));
        assertThatThrownBy(() -> meeting.post(DAY.plusDays(1), 21, List.of(), today)).isInstanceOf(FieldRefusedException.class)
                .hasMessage("meeting.posting.beforeAdjustment");
        assertThatThrownBy(() -> meeting.post(DAY.plusDays(4), 21, List.of(), today)).isInstanceOf(FieldRefusedException.class)
                .hasMessage("meeting.posting.future");
        meeting.clearDomainEvents();
        var decision = new se.sparbar.meeting.MinutesPosted.Decision(7, 8, "KF § 1", se.sparbar.meeting.ParagraphOutcome.APPROVED, DAY);
        assertThat(meeting.post(DAY.plusDays(3), 21, List.of(decision), today)).isEqualTo(DAY.plusDays(24));
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.POSTED);
        assertThat(meeting.domainEvents()).containsExactly(new se.sparbar.meeting.MinutesPosted(meeting.getId(), 20, DAY.plusDays(3),
                DAY.plusDays(24), List.of(decision)));
        assertThatThrownBy(() -> meeting.post(DAY.plusDays(3), 21, List.of(), today)).hasMessage("meeting.refused.alreadyPosted");
    }

    @Test
    void participantsArePresentSeatedAndTheChair() {
        Participants at = meeting().participants();
        assertThat(at.present()).containsExactlyInAnyOrder(1L, 2L, 4L, 5L);
        assertThat(at.seated()).containsExactlyInAnyOrder(1L, 2L, 4L); // 5 is a substitute serving for no one
        assertThat(at.chair()).isEqualTo(1L);
    }
}
