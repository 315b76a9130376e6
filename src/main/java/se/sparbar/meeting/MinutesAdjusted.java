package se.sparbar.meeting;

import java.time.LocalDate;

/** The last confirmation was recorded: the minutes are adjusted and locked, ready to be posted. */
public record MinutesAdjusted(long meetingId, long bodyId, LocalDate adjustedOn) {
}
