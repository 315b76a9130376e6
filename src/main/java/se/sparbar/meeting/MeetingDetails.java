package se.sparbar.meeting;

import java.time.LocalDateTime;

/** What the clerk enters for a meeting; times are local to the municipality. */
public record MeetingDetails(long bodyId, LocalDateTime startsAt, LocalDateTime endsAt, String place, String adjustmentPlanned,
                             String minutesKeptAt) {
}
