package se.sparbar.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpScheduleTest {

    private final FollowUpSchedule twiceAYear = FollowUpSchedule.parse("12-31, 08-31").orElseThrow();

    @Test
    void sortsTheDaysAndWritesThemBack() {
        assertThat(twiceAYear.text()).isEqualTo("08-31,12-31");
    }

    @Test
    void findsTheNextRoundIncludingTheDayItselfAndAcrossTheYearEnd() {
        assertThat(twiceAYear.nextOnOrAfter(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(twiceAYear.nextOnOrAfter(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(twiceAYear.nextOnOrAfter(LocalDate.of(2025, 9, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(twiceAYear.nextOnOrAfter(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void refusesTextThatIsNotMonthDays() {
        assertThat(FollowUpSchedule.parse("")).isEmpty();
        assertThat(FollowUpSchedule.parse("31-08")).isEmpty();
        assertThat(FollowUpSchedule.parse("02-30")).isEmpty();
        assertThat(FollowUpSchedule.parse("twice a year")).isEmpty();
    }
}
