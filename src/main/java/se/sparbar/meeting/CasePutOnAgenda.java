package se.sparbar.meeting;

import java.time.Instant;

/**
 * A registered case was put on a meeting's agenda. {@code agendaPublicFrom}: when the agenda becomes
 * public (the municipality's setting, days before the meeting, as it stood when the case was placed).
 */
public record CasePutOnAgenda(long meetingId, long bodyId, long caseId, long agendaItemId, Instant meetingStartsAt,
                              Instant agendaPublicFrom) {
}
