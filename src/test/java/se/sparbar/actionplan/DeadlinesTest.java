package se.sparbar.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When an item is due and when it is overdue. */
class DeadlinesTest {

    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    @Test
    void aOneOffDeadlineIsMetOnlyByBeingDone() {
        assertThat(Deadlines.nextDue(END_2024, Recurrence.NONE, null, ItemStatus.ON_TRACK, null)).isEqualTo(END_2024);
        // a report does not move a one-off deadline: only DONE ends it
        assertThat(Deadlines.nextDue(END_2024, Recurrence.NONE, null, ItemStatus.DELAYED, LocalDate.of(2025, 2, 1))).isEqualTo(END_2024);
        assertThat(Deadlines.nextDue(END_2024, Recurrence.NONE, null, ItemStatus.DONE, null)).isNull();
        assertThat(Deadlines.nextDue(END_2024, Recurrence.NONE, null, ItemStatus.CANCELLED, null)).isNull();
    }

    @Test
    void aRecurringDeadlineIsCoveredByAReportAndComesBackAYearOrHalfAYearLater() {
        assertThat(Deadlines.nextDue(null, Recurrence.YEARLY, END_2024, ItemStatus.NOT_STARTED, null)).isEqualTo(END_2024);
        assertThat(Deadlines.nextDue(null, Recurrence.YEARLY, END_2024, ItemStatus.ON_TRACK, LocalDate.of(2024, 12, 16)))
                .isEqualTo(END_2024);
        assertThat(Deadlines.nextDue(null, Recurrence.YEARLY, END_2024, ItemStatus.ON_TRACK, END_2024))
                .isEqualTo(LocalDate.of(2025, 12, 31));
        // a late report covers every deadline up to its date
        assertThat(Deadlines.nextDue(null, Recurrence.YEARLY, END_2024, ItemStatus.ON_TRACK, LocalDate.of(2026, 3, 1)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Deadlines.nextDue(null, Recurrence.TWICE_A_YEAR, LocalDate.of(2024, 6, 30), ItemStatus.ON_TRACK,
                LocalDate.of(2024, 7, 1))).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void withBothTheEarlierDeadlineCounts() {
        assertThat(Deadlines.nextDue(LocalDate.of(2024, 6, 30), Recurrence.YEARLY, END_2024, ItemStatus.ON_TRACK, null))
                .isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(Deadlines.nextDue(LocalDate.of(2026, 6, 30), Recurrence.YEARLY, END_2024, ItemStatus.ON_TRACK, END_2024))
                .isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void overdueMeansTheNextDeadlineIsBeforeToday() {
        assertThat(Deadlines.isOverdue(END_2024, LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(Deadlines.isOverdue(END_2024, END_2024)).isFalse();
        assertThat(Deadlines.isOverdue(null, LocalDate.of(2030, 1, 1))).isFalse();
    }
}
