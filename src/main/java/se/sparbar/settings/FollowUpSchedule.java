package se.sparbar.settings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The days of the year on which follow-up rounds close, written {@code MM-DD,MM-DD}
 * (default {@code 08-31,12-31}: twice a year).
 */
public record FollowUpSchedule(List<MonthDay> days) {

    public FollowUpSchedule {
        if (days.isEmpty() || days.size() > 12) {
            throw new IllegalArgumentException("A follow-up schedule has 1 to 12 days");
        }
        days = days.stream().distinct().sorted().toList();
    }

    public static Optional<FollowUpSchedule> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            List<MonthDay> days = Arrays.stream(text.split(","))
                    .map(String::trim)
                    .map(part -> MonthDay.parse("--" + part))
                    .toList();
            return days.size() > 12 ? Optional.empty() : Optional.of(new FollowUpSchedule(days));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first follow-up day on or after {@code date}. */
    public LocalDate nextOnOrAfter(LocalDate date) {
        for (int year = date.getYear(); ; year++) {
            for (MonthDay day : days) {
                LocalDate candidate = day.atYear(year);
                if (!candidate.isBefore(date)) {
                    return candidate;
                }
            }
        }
    }

    public String text() {
        return String.join(",", days.stream().map(d -> String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth())).toList());
    }
}
