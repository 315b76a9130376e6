package se.sparbar.meeting.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.meeting.AgendaKind;
import se.sparbar.meeting.AgendaRule;
import se.sparbar.meeting.CasePutOnAgenda;
import se.sparbar.meeting.MeetingCancelled;
import se.sparbar.meeting.MeetingDetails;
import se.sparbar.meeting.MeetingHeld;
import se.sparbar.meeting.MeetingPlanned;
import se.sparbar.meeting.MinutesAdjusted;
import se.sparbar.meeting.MinutesPosted;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.PersonRef;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.Cases;
import se.sparbar.settings.Settings;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.RefusedException;
import se.sparbar.shared.StaleVersionException;

/**
 * A body's meetings: planning, attendance and functionaries, the agenda, holding the meeting, the
 * chair's and adjusters' confirmation that locks the minutes, posting on the notice board, and
 * corrections after adjustment. Only clerks call the changing methods (checked by the web layer).
 */
@Service
@NamedInterface("seeding")
public class Meetings {

    /** Posting more than this many days after adjustment earns a warning. */
    static final int POSTING_WARNING_DAYS = 2;

    private final MeetingRepository meetings;
    private final MinutesParagraphRepository paragraphs;
    private final NoticePostingRepository postings;
    private final MinutesCorrectionRepository corrections;
    private final Directory directory;
    private final Cases cases;
    private final Settings settings;
    private final List<AgendaRule> agendaRules;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(MeetingRepository meetings, MinutesParagraphRepository paragraphs, NoticePostingRepository postings,
             MinutesCorrectionRepository corrections, Directory directory, Cases cases, Settings settings, List<AgendaRule> agendaRules,
             JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.meetings = meetings;
        this.paragraphs = paragraphs;
        this.postings = postings;
        this.corrections = corrections;
        this.directory = directory;
        this.cases = cases;
        this.settings = settings;
        this.agendaRules = agendaRules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Plans a meeting; the attendance list starts with the body's members present and its substitutes not. */
    @Transactional
    public long plan(MeetingDetails details) {
        BodyRef body = directory.body(details.bodyId()).orElseThrow(() -> new FieldRefusedException("bodyId", "meeting.body.unknown"));
        Meeting meeting = new Meeting(body.id(), instant(details.startsAt()), details.endsAt() == null ? null : instant(details.endsAt()),
                details.place(), details.adjustmentPlanned(), details.minutesKeptAt());
        for (Directory.Seat seat : directory.seats(body.id(), details.startsAt().toLocalDate())) {
            meeting.recordAttendance(seat.person().id(), seat.member() ? Seat.MEMBER : Seat.SUBSTITUTE, seat.member(), null);
        }
        long meetingId = meetings.save(meeting).getId();
        events.publishEvent(new MeetingPlanned(meetingId, body.id(), meeting.getStartsAt(), meeting.getPlace()));
        return meetingId;
    }

    @Transactional
    public void describe(long meetingId, MeetingDetails details, long version) {
        Meeting meeting = find(meetingId);
        StaleVersionException.check("Meeting", meetingId, version, meeting.getVersion());
        meeting.describe(instant(details.startsAt()), details.endsAt() == null ? null : instant(details.endsAt()), details.place(),
                details.adjustmentPlanned(), details.minutesKeptAt());
    }

    /**
     * Records who attended. A substitute serves only for a member who is absent, and for one member
     * at a time; a serving substitute is present.
     */
    @Transactional
    public void recordAttendance(long meetingId, List<AttendanceEntry> entries, String otherAttendees, long version) {
        Meeting meeting = find(meetingId);
        StaleVersionException.check("Meeting", meetingId, version, meeting.getVersion());
        Map<Long, AttendanceEntry> byPerson = entries.stream().collect(Collectors.toMap(AttendanceEntry::personId, e -> e, (a, b) -> b));
        Set<Long> servedFor = new HashSet<>();
        for (AttendanceEntry entry : entries) {
            if (entry.servingFor() == null || !entry.present() || entry.seat() != Seat.SUBSTITUTE) {
                continue;
            }
            AttendanceEntry member = byPerson.get(entry.servingFor());
            if (member == null || member.seat() != Seat.MEMBER || member.present()) {
                throw new FieldRefusedException("attendance", "meeting.attendance.servesForPresent");
            }
            if (!servedFor.add(entry.servingFor())) {
                throw new FieldRefusedException("attendance", "meeting.attendance.twoSubstitutes");
            }
        }
        entries.forEach(e -> meeting.recordAttendance(e.personId(), e.seat(), e.present(), e.servingFor()));
        meeting.setOtherAttendees(otherAttendees);
        meetings.flush();
    }

    /** The chair and adjusters are chosen among those present; the secretary may be anyone on record. */
    @Transactional
    public void assignRoles(long meetingId, Long chair, Long secretary, List<Long> adjusters) {
        Meeting meeting = find(meetingId);
        Set<Long> present = meeting.getAttendance().stream().filter(MeetingAttendance::isPresent).map(MeetingAttendance::getPersonId)
                .collect(Collectors.toSet());
        if (chair != null && !present.contains(chair)) {
            throw new FieldRefusedException("chair", "meeting.roles.notPresent");
        }
        if (adjusters.stream().anyMatch(a -> !present.contains(a))) {
            throw new FieldRefusedException("adjusters", "meeting.roles.notPresent");
        }
        meeting.assignRoles(chair, secretary, adjusters);
    }

    /** Puts a registered case on the agenda, if every module's rule allows it before this body. */
    @Transactional
    public long addCase(long meetingId, String caseNumber) {
        Meeting meeting = find(meetingId);
        CaseSummary found = cases.findByNumber(caseNumber).orElseThrow(() -> new FieldRefusedException("caseNumber", "meeting.agenda.unknownCase"));
        BodyRef body = directory.body(meeting.getBodyId()).orElseThrow();
        for (AgendaRule rule : agendaRules) {
            rule.refusal(found.id(), body).ifPresent(reason -> {
                throw new FieldRefusedException("caseNumber", reason);
            });
        }
        meeting.addAgendaItem(AgendaKind.CASE, found.id(), found.title());
        meetings.flush();
        long agendaItemId = meeting.getAgenda().get(meeting.getAgenda().size() - 1).getId();
        events.publishEvent(new CasePutOnAgenda(meetingId, meeting.getBodyId(), found.id(), agendaItemId, meeting.getStartsAt(),
                settings.current().agendaPublicFrom(meeting.getStartsAt())));
        return agendaItemId;
    }

    @Transactional
    public long addItem(long meetingId, AgendaKind kind, String title) {
        if (kind == AgendaKind.CASE) {
            throw new FieldRefusedException("kind", "meeting.agenda.caseNeedsNumber");
        }
        Meeting meeting = find(meetingId);
        meeting.addAgendaItem(kind, null, title);
        meetings.flush();
        return meeting.getAgenda().get(meeting.getAgenda().size() - 1).getId();
    }

    @Transactional(readOnly = true)
    public List<AgendaRule.Candidate> agendaCandidates(long meetingId) {
        Meeting meeting = find(meetingId);
        BodyRef body = directory.body(meeting.getBodyId()).orElseThrow();
        Set<Long> onAgenda = meeting.getAgenda().stream().map(a -> a.getCaseId()).filter(Objects::nonNull).collect(Collectors.toSet());
        return agendaRules.stream().flatMap(r -> r.candidates(body).stream()).filter(c -> !onAgenda.contains(c.caseId())).toList();
    }

    @Transactional
    public void markHeld(long meetingId) {
        Meeting meeting = find(meetingId);
        meeting.markHeld(clock);
        meetings.save(meeting); // publishes MeetingHeld
    }

    /** Cancels a planned meeting (inställt), with the reason; refused once it is held, or when someone else changed it meanwhile. */
    @Transactional
    public void cancel(long meetingId, String reason, long version) {
        Meeting meeting = find(meetingId);
        StaleVersionException.check("Meeting", meetingId, version, meeting.getVersion());
        Instant now = Instant.now(clock);
        meeting.cancel(reason, now);
        events.publishEvent(new MeetingCancelled(meetingId, meeting.getBodyId(), meeting.getStartsAt(), meeting.getCancellationReason(), now));
    }

    /** When and why a meeting was cancelled; empty for a meeting that was not. */
    @Transactional(readOnly = true)
    public java.util.Optional<Cancellation> cancellation(long meetingId) {
        Meeting meeting = find(meetingId);
        return meeting.getStatus() != MeetingStatus.CANCELLED ? java.util.Optional.empty()
                : java.util.Optional.of(new Cancellation(meeting.getCancelledAt().atZone(clock.getZone()), meeting.getCancellationReason()));
    }

    public record Cancellation(java.time.ZonedDateTime cancelledAt, String reason) {
    }

    /**
     * Records the chair's or an adjuster's confirmation. The clerk records it on their behalf; a
     * functionary with a login may confirm for themselves.
     *
     * @return true when the minutes are now adjusted and locked
     */
    @Transactional
    public boolean sign(long meetingId, long roleId, long userId, boolean clerk) {
        paragraphs.flush(); // changes to the minutes are written before the lock
        Meeting meeting = find(meetingId);
        if (!clerk) {
            MeetingRole role = meeting.getRoles().stream().filter(r -> r.getId() == roleId).findFirst()
                    .orElseThrow(() -> new RefusedException("meeting.refused.noSuchRole"));
            Long own = directory.personOfAccount(userId).map(PersonRef::id).orElse(null);
            if (own == null || own != role.getPersonId()) {
                throw new RefusedException("meeting.refused.notYourSignature");
            }
        }
        boolean adjusted = meeting.sign(roleId, userId, clock);
        meetings.save(meeting); // publishes MinutesAdjusted when this completed the adjustment
        return adjusted;
    }

    /**
     * Minutes kept before Spårbar: records that the meeting was held and that the chair and the
     * adjusters confirmed the minutes on {@code adjustedOn}, as the paper minutes show.
     */
    @Transactional
    public void importAdjustment(long meetingId, LocalDate adjustedOn, long recordedBy) {
        paragraphs.flush(); // changes to the minutes are written before the lock
        Meeting meeting = find(meetingId);
        if (meeting.getStatus() == MeetingStatus.PLANNED) {
            meeting.importHeld(clock);
        }
        Instant at = adjustedOn.atTime(12, 0).atZone(clock.getZone()).toInstant();
        for (MeetingRole role : List.copyOf(meeting.getRoles())) {
            if (role.getRole() != MeetingRoleKind.SECRETARY && !role.isSigned()) {
                meeting.sign(role.getId(), recordedBy, at, adjustedOn, clock);
            }
        }
        meetings.save(meeting); // publishes MeetingHeld and MinutesAdjusted
    }

    /** The result of posting: the appeal end date, and whether posting came late after adjustment. */
    public record Posted(LocalDate appealEndsOn, boolean late) {
    }

    /**
     * Posts adjusted minutes on the notice board. The appeal period is the municipality's, frozen
     * now; an appeal is in time up to and including posting date + period.
     */
    @Transactional
    public Posted post(long meetingId, LocalDate postedOn, String minutesKeptAt, long userId) {
        Meeting meeting = find(meetingId);
        String keptAt = minutesKeptAt == null || minutesKeptAt.isBlank() ? meeting.getMinutesKeptAt() : minutesKeptAt;
        int appealPeriodDays = settings.current().appealPeriodDays();
        LocalDate appealEndsOn = meeting.post(postedOn, appealPeriodDays, decisionsOf(meeting), clock);
        if (keptAt == null || keptAt.isBlank()) {
            throw new FieldRefusedException("minutesKeptAt", "meeting.posting.keptAtRequired");
        }
        postings.save(new NoticePosting(meetingId, postedOn, appealPeriodDays, keptAt, userId, Instant.now(clock)));
        meetings.save(meeting); // publishes MinutesPosted
        return new Posted(appealEndsOn, isLate(meeting.getAdjustedOn(), postedOn));
    }

    private List<MinutesPosted.Decision> decisionsOf(Meeting meeting) {
        String body = directory.body(meeting.getBodyId()).map(BodyRef::abbreviation).orElse("");
        LocalDate held = meeting.getStartsAt().atZone(clock.getZone()).toLocalDate();
        return paragraphs.findByMeetingIdOrderByNumber(meeting.getId()).stream()
                .filter(p -> p.getCaseId() != null && p.getOutcome() != null)
                .map(p -> new MinutesPosted.Decision(p.getId(), p.getCaseId(), body + " " + held + " § " + p.getNumber(), p.getOutcome(),
                        p.getDecidedOn()))
                .toList();
    }

    static boolean isLate(LocalDate adjustedOn, LocalDate postedOn) {
        return postedOn.isAfter(adjustedOn.plusDays(POSTING_WARNING_DAYS));
    }

    /** A correction of adjusted minutes: recorded beside them, the minutes themselves unchanged. */
    @Transactional
    public void correct(long meetingId, Long paragraphId, String description, String reason, long userId) {
        Meeting meeting = find(meetingId);
        if (!meeting.getStatus().minutesLocked()) {
            throw new RefusedException("meeting.correction.notAdjusted");
        }
        if (paragraphId != null && paragraphs.findById(paragraphId).filter(p -> p.getMeetingId() == meetingId).isEmpty()) {
            throw new FieldRefusedException("paragraphId", "meeting.correction.unknownParagraph");
        }
        corrections.save(new MinutesCorrection(meetingId, paragraphId, description, reason, Instant.now(clock), userId));
    }

    @Transactional(readOnly = true)
    public MeetingView view(long meetingId) {
        Meeting meeting = find(meetingId);
        ZoneId zone = clock.getZone();
        List<MinutesParagraph> minutes = paragraphs.findByMeetingIdOrderByNumber(meetingId);
        Set<Long> caseIds = Stream.concat(meeting.getAgenda().stream().map(a -> a.getCaseId()), minutes.stream().map(MinutesParagraph::getCaseId))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, CaseSummary> caseById = cases.findAll(caseIds);
        Set<Long> personIds = new HashSet<>();
        meeting.getAttendance().forEach(a -> {
            personIds.add(a.getPersonId());
            if (a.getServingFor() != null) {
                personIds.add(a.getServingFor());
            }
        });
        meeting.getRoles().forEach(r -> personIds.add(r.getPersonId()));
        Map<Long, PersonRef> people = directory.people(personIds);
        List<CorrectionRow> correctionRows = jdbc.sql("""
                        select paragraph_id, description, reason, corrected_at, corrected_by
                        from minutes_correction where meeting_id = ? order by corrected_at, id""").param(meetingId)
                .query((rs, n) -> new CorrectionRow(rs.getObject("paragraph_id", Long.class), rs.getString("description"),
                        rs.getString("reason"), rs.getTimestamp("corrected_at").toInstant(), rs.getLong("corrected_by")))
                .list();
        Map<Long, String> accounts = directory.accountNames(Stream.concat(
                meeting.getRoles().stream().map(MeetingRole::getSignedRecordedBy).filter(Objects::nonNull),
                correctionRows.stream().map(CorrectionRow::correctedBy)).collect(Collectors.toSet()));
        Map<Long, Long> paragraphOfAgenda = minutes.stream().filter(p -> p.getAgendaItemId() != null)
                .collect(Collectors.toMap(MinutesParagraph::getAgendaItemId, MinutesParagraph::getId));
        Map<Long, Integer> numberOf = minutes.stream().collect(Collectors.toMap(MinutesParagraph::getId, MinutesParagraph::getNumber));

        List<MeetingView.Attendance> attendance = meeting.getAttendance().stream()
                .map(a -> new MeetingView.Attendance(people.get(a.getPersonId()), a.getSeat(), a.isPresent(),
                        a.getServingFor() == null ? null : people.get(a.getServingFor()), a.votes()))
                .toList();
        long members = meeting.getAttendance().stream().filter(a -> a.getSeat() == Seat.MEMBER).count();
        long seated = meeting.getAttendance().stream().filter(MeetingAttendance::votes).count();
        List<MeetingView.Role> roles = meeting.getRoles().stream()
                .sorted(java.util.Comparator.comparing(MeetingRole::getRole))
                .map(r -> new MeetingView.Role(r.getId(), people.get(r.getPersonId()), r.getRole(), r.getSignedAt(),
                        r.getSignedRecordedBy() == null ? null : accounts.get(r.getSignedRecordedBy())))
                .toList();
        List<MeetingView.Agenda> agenda = meeting.getAgenda().stream()
                .map(a -> new MeetingView.Agenda(a.getId(), a.getOrdinal(), a.getKind(), a.getCaseId(),
                        a.getCaseId() == null ? null : caseById.get(a.getCaseId()).caseNumber(), a.getTitle(), paragraphOfAgenda.get(a.getId())))
                .toList();
        List<MeetingView.ParagraphLine> lines = minutes.stream()
                .map(p -> new MeetingView.ParagraphLine(p.getId(), p.getNumber(), p.getTitle(),
                        p.getCaseId() == null ? null : caseById.get(p.getCaseId()).caseNumber(), p.getOutcome()))
                .toList();
        MeetingView.Posting posting = postings.findByMeetingId(meetingId)
                .map(n -> new MeetingView.Posting(n.getPostedOn(), n.getAppealEndsOn(), n.getMinutesKeptAt(),
                        isLate(meeting.getAdjustedOn(), n.getPostedOn())))
                .orElse(null);
        List<MeetingView.Correction> fixes = correctionRows.stream()
                .map(c -> new MeetingView.Correction(c.paragraphId(), c.paragraphId() == null ? null : numberOf.get(c.paragraphId()),
                        c.description(), c.reason(), c.correctedAt(), accounts.get(c.correctedBy())))
                .toList();
        var header = new MeetingView.Header(meeting.getId(), directory.body(meeting.getBodyId()).orElseThrow(),
                meeting.getStartsAt().atZone(zone), meeting.getEndsAt() == null ? null : meeting.getEndsAt().atZone(zone),
                meeting.getPlace(), meeting.getStatus(), meeting.getVersion());
        var keeping = new MeetingView.Keeping(meeting.getMinutesKeptAt(), meeting.getAdjustmentPlanned(), meeting.getOtherAttendees(),
                meeting.getAdjustedOn());
        var participants = new MeetingView.Participants(attendance, roles, new MeetingView.Quorum((int) members, (int) seated));
        return new MeetingView(header, keeping, participants, agenda, lines, posting, fixes);
    }

    private record CorrectionRow(Long paragraphId, String description, String reason, Instant correctedAt, long correctedBy) {
    }

    Meeting find(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    private Instant instant(java.time.LocalDateTime local) {
        return local.atZone(clock.getZone()).toInstant();
    }
}
