package se.sparbar.meeting;

import java.time.Instant;

/** The meeting was held: its minutes now wait for adjustment by the chair and the adjusters. */
public record MeetingHeld(long meetingId, long bodyId, Instant heldAt) {
}
