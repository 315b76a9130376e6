package se.sparbar.meeting;

import java.time.Instant;

/** A planned meeting was cancelled (inställt) before it was held; it stays in the register with its reason. */
public record MeetingCancelled(long meetingId, long bodyId, Instant startsAt, String reason, Instant cancelledAt) {
}
