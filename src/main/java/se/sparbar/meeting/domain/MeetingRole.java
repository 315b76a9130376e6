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
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A functionary of the meeting; the chair and adjusters confirm the minutes (who recorded it, when). */
@Entity
@Table(name = "meeting_role")
@Audited
class MeetingRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private MeetingRoleKind role;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_recorded_by")
    private Long signedRecordedBy;

    protected MeetingRole() {
    }

    MeetingRole(Meeting meeting, long personId, MeetingRoleKind role) {
        this.meeting = meeting;
        this.personId = personId;
        this.role = role;
    }

    void sign(long recordedBy, Instant now) {
        this.signedAt = now;
        this.signedRecordedBy = recordedBy;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public MeetingRoleKind getRole() {
        return role;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Long getSignedRecordedBy() {
        return signedRecordedBy;
    }
}
