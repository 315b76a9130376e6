package se.sparbar.motion.domain;

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
import se.sparbar.motion.CosignerStatus;
import se.sparbar.shared.Labelled;

/** A councillor invited to sign the motion, and their answer. */
@Entity
@Table(name = "motion_cosigner")
@Audited
class MotionCosigner implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "motion_id", nullable = false, updatable = false)
    private Motion motion;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CosignerStatus status = CosignerStatus.INVITED;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected MotionCosigner() {
    }

    MotionCosigner(Motion motion, long personId, Instant invitedAt) {
        this.motion = motion;
        this.personId = personId;
        this.invitedAt = invitedAt;
    }

    void answer(boolean confirm, Instant now) {
        this.status = confirm ? CosignerStatus.CONFIRMED : CosignerStatus.DECLINED;
        this.answeredAt = now;
    }

    void lapse() {
        this.status = CosignerStatus.LAPSED;
    }

    public long getPersonId() {
        return personId;
    }

    public CosignerStatus getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    @Override
    public String label() {
        return "person " + personId + ": " + status;
    }
}
