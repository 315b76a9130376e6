package se.sparbar.meeting;

import java.time.Instant;

/** A body's meeting was planned. */
public record MeetingPlanned(long meetingId, long bodyId, Instant startsAt, String place) {
}
