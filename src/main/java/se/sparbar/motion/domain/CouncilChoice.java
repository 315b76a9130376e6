package se.sparbar.motion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sparbar.shared.Labelled;

/** What the council chose for a motion on the report of unprepared motions. Append-only. */
@Entity
@Table(name = "motion_council_choice")
@Audited
class CouncilChoice implements Labelled {

    public enum Choice { WRITE_OFF, CONTINUE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "motion_id", nullable = false, updatable = false)
    private long motionId;

    @Column(nullable = false, length = 20, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Choice choice;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CouncilChoice() {
    }

    public CouncilChoice(long motionId, Choice choice, LocalDate decidedOn, long recordedBy, Instant recordedAt) {
        this.motionId = motionId;
        this.choice = choice;
        this.decidedOn = decidedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public String label() {
        return choice + " " + decidedOn;
    }
}
