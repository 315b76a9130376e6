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
import se.sparbar.meeting.BallotChoice;

/** One member's answer in a roll-call vote, in the order the roll was called. */
@Entity
@Table(name = "vote_ballot")
@Audited
class VoteBallot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id", nullable = false, updatable = false)
    private DecisionStep step;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BallotChoice choice;

    protected VoteBallot() {
    }

    VoteBallot(DecisionStep step, long personId, int ordinal, BallotChoice choice) {
        this.step = step;
        this.personId = personId;
        this.ordinal = ordinal;
        this.choice = choice;
    }

    public long getPersonId() {
        return personId;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public BallotChoice getChoice() {
        return choice;
    }
}
