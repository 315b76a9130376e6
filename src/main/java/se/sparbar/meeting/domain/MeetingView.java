package se.sparbar.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import se.sparbar.meeting.AgendaKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.PersonRef;

/**
 * A meeting as its page shows it, in named parts: the header (body, time, place, status), how its
 * minutes are kept, who took part (attendance, functionaries, quorum), the agenda and paragraphs, the
 * posting on the notice board and corrections. The flat accessors below read through to the parts, so
 * pages keep writing {@code meeting.startsAt}.
 */
public record MeetingView(Header header, Keeping keeping, Participants participants, List<Agenda> agenda,
                          List<ParagraphLine> paragraphs, Posting posting, List<Correction> corrections) {

    /** What the meeting is: its body, when and where, its status and the version its forms carry. */
    public record Header(long id, BodyRef body, ZonedDateTime startsAt, ZonedDateTime endsAt, String place, MeetingStatus status,
                         long version) {
    }

    /** How the minutes are kept: where, when adjustment is planned, other attendees, the day they were adjusted. */
    public record Keeping(String minutesKeptAt, String adjustmentPlanned, String otherAttendees, LocalDate adjustedOn) {
    }

    /** Who took part: the roll, the functionaries (chair, secretary, adjusters) and whether the quorum was reached. */
    public record Participants(List<Attendance> attendance, List<Role> roles, Quorum quorum) {
    }

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

    public long id() {
        return header.id();
    }

    public BodyRef body() {
        return header.body();
    }

    public ZonedDateTime startsAt() {
        return header.startsAt();
    }

    public ZonedDateTime endsAt() {
        return header.endsAt();
    }

    public String place() {
        return header.place();
    }

    public MeetingStatus status() {
        return header.status();
    }

    public long version() {
        return header.version();
    }

    public String minutesKeptAt() {
        return keeping.minutesKeptAt();
    }

    public String adjustmentPlanned() {
        return keeping.adjustmentPlanned();
    }

    public String otherAttendees() {
        return keeping.otherAttendees();
    }

    public LocalDate adjustedOn() {
        return keeping.adjustedOn();
    }

    public List<Attendance> attendance() {
        return participants.attendance();
    }

    public List<Role> roles() {
        return participants.roles();
    }

    public Quorum quorum() {
        return participants.quorum();
    }

    public boolean open() {
        return header.status().open();
    }

    /** "KF 2024-11-27": how the meeting is named in paragraph references. */
    public String reference() {
        return header.body().abbreviation() + " " + header.startsAt().toLocalDate();
    }
}
