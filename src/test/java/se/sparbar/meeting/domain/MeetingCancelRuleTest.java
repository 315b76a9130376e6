package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.sparbar.meeting.AgendaKind;
import se.sparbar.shared.RefusedException;

/** The cancellation rule, on the aggregate alone (no Spring, no database). */
class MeetingCancelRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    /** The day after, once the planned meeting has started. */
    private static final Clock STARTED = Clock.fixed(NOW.plusSeconds(90_000), ZoneOffset.UTC);

    private static Meeting planned() {
        return Ids.assign(new Meeting(1, NOW.plusSeconds(86_400), null, "Stadshuset", null, null));
    }

    @Test
    void aPlannedMeetingIsCancelledWithItsReasonAndThenTakesNoChange() {
        Meeting meeting = planned();
        meeting.cancel("  Inga ärenden  ", NOW);
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.getCancellationReason()).isEqualTo("Inga ärenden");
        assertThat(meeting.getCancelledAt()).isEqualTo(NOW);
        assertThat(meeting.getStatus().open()).isFalse();
        assertThatThrownBy(() -> meeting.addAgendaItem(AgendaKind.OTHER, null, "Övrigt"))
                .isInstanceOf(RefusedException.class).hasFieldOrPropertyWithValue("messageKey", "meeting.refused.cancelled");
        assertThatThrownBy(() -> meeting.markHeld(STARTED)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> meeting.cancel("Igen", NOW))
                .isInstanceOf(RefusedException.class).hasFieldOrPropertyWithValue("messageKey", "meeting.refused.alreadyCancelled");
    }

    @Test
    void aHeldMeetingCannotBeCancelledAndAReasonIsRequired() {
        Meeting noReason = planned();
        assertThatThrownBy(() -> noReason.cancel(" ", NOW))
                .isInstanceOf(RefusedException.class).hasFieldOrPropertyWithValue("messageKey", "meeting.refused.cancelWithoutReason");
        assertThat(noReason.getStatus()).isEqualTo(MeetingStatus.PLANNED);

        Meeting held = planned();
        held.markHeld(STARTED);
        assertThatThrownBy(() -> held.cancel("För sent", NOW))
                .isInstanceOf(RefusedException.class).hasFieldOrPropertyWithValue("messageKey", "meeting.refused.cancelNotPlanned");
        assertThat(held.getStatus()).isEqualTo(MeetingStatus.HELD);
    }
}
