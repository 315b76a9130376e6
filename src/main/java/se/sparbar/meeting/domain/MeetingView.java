package se.sparbar.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import se.sparbar.meeting.AgendaKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.PersonRef;

/** A meeting as its page shows it: attendance, functionaries, agenda, paragraphs, quorum, posting. */
public record MeetingView(long id, BodyRef body, ZonedDateTime startsAt, ZonedDateTime endsAt, String place, MeetingStatus status,
                          String minutesKeptAt, String adjustmentPlanned, String otherAttendees, LocalDate adjustedOn, long version,
                          List<Attendance> attendance, List<Role> roles, List<Agenda> agenda, List<ParagraphLine> paragraphs,
                          Quorum quorum, Posting posting, List<Correction> corrections) {

    public record Attendance(PersonRef person, Seat seat, boolean present, PersonRef servingFor, boolean votes) {
    }

    public record Role(long id, PersonRef person, MeetingRoleKind role, Instant signedAt, String signedRecordedBy) {
    }

    public record Agenda(long id, int ordinal, AgendaKind kind, Long caseId, String caseNumber, String title, Long paragraphId) {
    }

    public record ParagraphLine(long id, int number, String title, String caseNumber, ParagraphOutcome outcome) {
    }

    /** Quorum: more than half of the body's members present (serving substitutes count for the member). */
    public record Quorum(int members, int present) {
        public boolean reached() {
            return present * 2 > members;
        }
    }

    public record Posting(LocalDate postedOn, LocalDate appealEndsOn, String minutesKeptAt, boolean late) {
    }

    public record Correction(Long paragraphId, Integer paragraphNumber, String description, String reason, Instant correctedAt,
                             String correctedBy) {
    }

    public boolean open() {
        return status.open();
    }

    /** "KF 2024-11-27": how the meeting is named in paragraph references. */
    public String reference() {
        return body.abbreviation() + " " + startsAt.toLocalDate();
    }
}
