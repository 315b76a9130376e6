package se.sparbar.meeting;

import java.time.Instant;

/** A registered case was put on a meeting's agenda. */
public record CasePutOnAgenda(long meetingId, long bodyId, long caseId, long agendaItemId, Instant meetingStartsAt) {
}
