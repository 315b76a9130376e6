package se.sparbar.meeting.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.Transient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import se.sparbar.meeting.AgendaKind;
import se.sparbar.meeting.MeetingHeld;
import se.sparbar.meeting.MinutesAdjusted;
import se.sparbar.meeting.MinutesPosted;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.Labelled;
import se.sparbar.shared.RefusedException;

/**
 * A meeting (sammanträde) of a body, with its attendance, functionaries and agenda. Its minutes are
 * open for recording until the chair and the adjusters have confirmed them; then they are locked.
 * Time rules are the meeting's own: it is held once it has started, adjusted once held, and posted
 * on or after the adjustment day and never in the future — each read from the {@link Clock} it is
 * given. It raises {@link MeetingHeld} and {@link MinutesAdjusted} itself (published on save).
 */
@Entity
@Table(name = "meeting")
@Audited
class Meeting implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(nullable = false, length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "minutes_kept_at", length = 300)
    private String minutesKeptAt;

    @Column(name = "adjustment_planned", length = 200)
    private String adjustmentPlanned;

    @Column(name = "other_attendees", length = 2000)
    private String otherAttendees;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "adjusted_on")
    private LocalDate adjustedOn;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancellation_reason", length = 1000)
    private String cancellationReason;

    @Version
    private long version;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seat, id")
    private List<MeetingAttendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role, id")
    private List<MeetingRole> roles = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<AgendaItem> agenda = new ArrayList<>();

    @Transient
    private final List<Object> events = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(long bodyId, Instant startsAt, Instant endsAt, String place, String adjustmentPlanned, String minutesKeptAt) {
        this.bodyId = bodyId;
        this.status = MeetingStatus.PLANNED;
        describe(startsAt, endsAt, place, adjustmentPlanned, minutesKeptAt);
    }

    public void describe(Instant startsAt, Instant endsAt, String place, String adjustmentPlanned, String minutesKeptAt) {
        requireOpen();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place.trim();
        this.adjustmentPlanned = blankToNull(adjustmentPlanned);
        this.minutesKeptAt = blankToNull(minutesKeptAt);
    }

    /** Refuses any change to the minutes once they are adjusted: a later change is a correction. */
    public void requireOpen() {
        if (status == MeetingStatus.CANCELLED) {
            throw new RefusedException("meeting.refused.cancelled");
        }
        if (status != null && status.minutesLocked()) {
            throw new RefusedException("meeting.refused.locked");
        }
    }

    /** Cancels a meeting that has not been held; the reason is part of the record. */
    public void cancel(String reason, Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw new RefusedException("meeting.refused.alreadyCancelled");
        }
        if (status != MeetingStatus.PLANNED) {
            throw new RefusedException("meeting.refused.cancelNotPlanned");
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("meeting.refused.cancelWithoutReason");
        }
        status = MeetingStatus.CANCELLED;
        cancelledAt = now;
        cancellationReason = reason.trim();
    }

    public void recordAttendance(long personId, Seat seat, boolean present, Long servingFor) {
        requireOpen();
        MeetingAttendance row = attendance.stream().filter(a -> a.getPersonId() == personId).findFirst().orElse(null);
        if (row == null) {
            attendance.add(new MeetingAttendance(this, personId, seat, present, servingFor));
        } else {
            row.update(seat, present, servingFor);
        }
    }

    public void setOtherAttendees(String otherAttendees) {
        requireOpen();
        this.otherAttendees = blankToNull(otherAttendees);
    }

    /** Sets who holds a single role (chair, secretary), or the list of adjusters. */
    public void assignRoles(Long chair, Long secretary, List<Long> adjusters) {
        requireOpen();
        if (roles.stream().anyMatch(MeetingRole::isSigned)) {
            throw new RefusedException("meeting.refused.signaturesStarted");
        }
        roles.clear();
        if (chair != null) {
            roles.add(new MeetingRole(this, chair, MeetingRoleKind.CHAIR));
        }
        if (secretary != null) {
            roles.add(new MeetingRole(this, secretary, MeetingRoleKind.SECRETARY));
        }
        adjusters.stream().distinct().filter(a -> !a.equals(chair))
                .forEach(a -> roles.add(new MeetingRole(this, a, MeetingRoleKind.ADJUSTER)));
    }

    public AgendaItem addAgendaItem(AgendaKind kind, Long caseId, String title) {
        requireOpen();
        if (caseId != null && agenda.stream().anyMatch(a -> caseId.equals(a.getCaseId()))) {
            throw new RefusedException("meeting.agenda.alreadyOnAgenda");
        }
        AgendaItem item = new AgendaItem(this, agenda.size() + 1, kind, caseId, title);
        agenda.add(item);
        return item;
    }

    /** The meeting is held: not before it has started. */
    public void markHeld(Clock clock) {
        Instant now = Instant.now(clock);
        requirePlanned();
        if (now.isBefore(startsAt)) {
            throw new RefusedException("meeting.refused.notStarted");
        }
        status = MeetingStatus.HELD;
        heldAt = now;
        events.add(new MeetingHeld(id, bodyId, now));
    }

    /** Minutes kept before Spårbar: the meeting was held when it started, which must lie in the past. */
    public void importHeld(Clock clock) {
        requirePlanned();
        if (startsAt.isAfter(Instant.now(clock))) {
            throw new RefusedException("meeting.refused.notStarted");
        }
        status = MeetingStatus.HELD;
        heldAt = startsAt;
        events.add(new MeetingHeld(id, bodyId, startsAt));
    }

    private void requirePlanned() {
        if (status != MeetingStatus.PLANNED) {
            throw new RefusedException("meeting.refused.notPlanned");
        }
    }

    /**
     * Records the confirmation of the chair or an adjuster. When the chair and every adjuster have
     * confirmed, the minutes are adjusted and locked.
     *
     * @return true when this signature completed the adjustment
     */
    public boolean sign(long roleId, long recordedBy, Clock clock) {
        return sign(roleId, recordedBy, Instant.now(clock), LocalDate.now(clock), clock);
    }

    /**
     * A confirmation recorded at {@code at} (for minutes kept before Spårbar, the day the paper
     * minutes show): after the meeting was held, and not in the future.
     */
    public boolean sign(long roleId, long recordedBy, Instant at, LocalDate on, Clock clock) {
        if (status != MeetingStatus.HELD) {
            throw new RefusedException(status == MeetingStatus.PLANNED ? "meeting.refused.notHeld" : "meeting.refused.locked");
        }
        MeetingRole role = roles.stream().filter(r -> r.getId() != null && r.getId() == roleId).findFirst()
                .orElseThrow(() -> new RefusedException("meeting.refused.noSuchRole"));
        if (role.getRole() == MeetingRoleKind.SECRETARY) {
            throw new RefusedException("meeting.refused.secretaryDoesNotAdjust");
        }
        if (role.isSigned()) {
            throw new RefusedException("meeting.refused.alreadySigned");
        }
        if (on.isBefore(startsAt.atZone(clock.getZone()).toLocalDate()) || on.isAfter(LocalDate.now(clock))) {
            throw new RefusedException("meeting.refused.adjustmentBeforeHeld");
        }
        if (chair().isEmpty() || roles.stream().noneMatch(r -> r.getRole() == MeetingRoleKind.ADJUSTER)) {
            throw new RefusedException("meeting.refused.functionariesMissing");
        }
        role.sign(recordedBy, at);
        boolean complete = roles.stream().filter(r -> r.getRole() != MeetingRoleKind.SECRETARY).allMatch(MeetingRole::isSigned);
        if (complete) {
            status = MeetingStatus.ADJUSTED;
            adjustedOn = on;
            events.add(new MinutesAdjusted(id, bodyId, on));
        }
        return complete;
    }

    /**
     * The adjusted minutes go on the notice board on {@code postedOn}: not before the adjustment
     * day (and so never before the meeting was held), and not in the future. Raises
     * {@link MinutesPosted} with the decided paragraphs' decisions; returns the last day of appeal.
     */
    public LocalDate post(LocalDate postedOn, int appealPeriodDays, List<MinutesPosted.Decision> decisions, Clock clock) {
        if (status != MeetingStatus.ADJUSTED) {
            throw new RefusedException(status == MeetingStatus.POSTED ? "meeting.refused.alreadyPosted" : "meeting.refused.notAdjusted");
        }
        if (postedOn.isBefore(adjustedOn)) {
            throw new FieldRefusedException("postedOn", "meeting.posting.beforeAdjustment");
        }
        if (postedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldRefusedException("postedOn", "meeting.posting.future");
        }
        status = MeetingStatus.POSTED;
        LocalDate appealEndsOn = NoticePosting.appealEnd(postedOn, appealPeriodDays);
        events.add(new MinutesPosted(id, bodyId, postedOn, appealEndsOn, List.copyOf(decisions)));
        return appealEndsOn;
    }

    /** Who is at the meeting, as a paragraph's rules need it: present, seated (voting) in attendance order, the chair. */
    public Participants participants() {
        Set<Long> present = attendance.stream().filter(MeetingAttendance::isPresent).map(MeetingAttendance::getPersonId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> seated = attendance.stream().filter(MeetingAttendance::votes).map(MeetingAttendance::getPersonId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Participants(present, seated, chair().map(MeetingRole::getPersonId).orElse(null));
    }

    @DomainEvents
    List<Object> domainEvents() {
        return Collections.unmodifiableList(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    public Optional<MeetingRole> chair() {
        return roles.stream().filter(r -> r.getRole() == MeetingRoleKind.CHAIR).findFirst();
    }

    @Override
    public String label() {
        return place;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public long getBodyId() {
        return bodyId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getMinutesKeptAt() {
        return minutesKeptAt;
    }

    public String getAdjustmentPlanned() {
        return adjustmentPlanned;
    }

    public String getOtherAttendees() {
        return otherAttendees;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public LocalDate getAdjustedOn() {
        return adjustedOn;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public long getVersion() {
        return version;
    }

    public List<MeetingAttendance> getAttendance() {
        return attendance;
    }

    public List<MeetingRole> getRoles() {
        return roles;
    }

    public List<AgendaItem> getAgenda() {
        return agenda;
    }
}
