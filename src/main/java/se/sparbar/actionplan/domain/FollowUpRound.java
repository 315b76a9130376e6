package se.sparbar.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sparbar.shared.Labelled;

/** A follow-up round: from the day after the previous follow-up day up to and including its closing day. */
@Entity
@Table(name = "follow_up_round")
@Audited
class FollowUpRound implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opens_on", nullable = false, updatable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false, updatable = false)
    private LocalDate closesOn;

    @Column(nullable = false, length = 20)
    private String status = "OPEN";

    protected FollowUpRound() {
    }

    public FollowUpRound(LocalDate opensOn, LocalDate closesOn) {
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    /** Closed once its last day has passed. */
    public void closeIfOver(LocalDate today) {
        if (today.isAfter(closesOn)) {
            status = "CLOSED";
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(opensOn) && !date.isAfter(closesOn);
    }

    public Long getId() { return id; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public String getStatus() { return status; }

    @Override
    public String label() {
        return opensOn + "–" + closesOn;
    }
}
