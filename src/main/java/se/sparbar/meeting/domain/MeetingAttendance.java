package se.sparbar.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** Whether a member or substitute attended, and for whom a substitute served (tjänstgörande ersättare). */
@Entity
@Table(name = "meeting_attendance")
@Audited
class MeetingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Seat seat;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "serving_for_person_id")
    private Long servingFor;

    protected MeetingAttendance() {
    }

    MeetingAttendance(Meeting meeting, long personId, Seat seat, boolean present, Long servingFor) {
        this.meeting = meeting;
        this.personId = personId;
        update(seat, present, servingFor);
    }

    void update(Seat seat, boolean present, Long servingFor) {
        this.seat = seat;
        this.present = present;
        this.servingFor = seat == Seat.SUBSTITUTE && present ? servingFor : null;
    }

    /** Holds a seat with a vote: a present member, or a substitute serving for an absent member. */
    public boolean votes() {
        return present && (seat == Seat.MEMBER || servingFor != null);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Seat getSeat() {
        return seat;
    }

    public boolean isPresent() {
        return present;
    }

    public Long getServingFor() {
        return servingFor;
    }
}
