package se.sparbar.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sparbar.referral.ReferralStatus;
import se.sparbar.shared.Labelled;

/** A case sent to a body for a statement. */
@Entity
@Table(name = "referral")
@Audited
class Referral implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    /** PENDING or ANSWERED; OVERDUE is computed. */
    @Column(nullable = false, length = 20)
    private String status = "PENDING";

    @Column(name = "sent_by", nullable = false, updatable = false)
    private long sentBy;

    @Version
    private long version;

    protected Referral() {
    }

    public Referral(long caseId, long bodyId, LocalDate sentOn, LocalDate dueOn, long sentBy) {
        if (dueOn.isBefore(sentOn)) {
            throw new IllegalArgumentException("A referral cannot be due before it is sent");
        }
        this.caseId = caseId;
        this.bodyId = bodyId;
        this.sentOn = sentOn;
        this.dueOn = dueOn;
        this.sentBy = sentBy;
    }

    void markAnswered() {
        this.status = "ANSWERED";
    }

    public ReferralStatus statusOn(LocalDate today) {
        if ("ANSWERED".equals(status)) {
            return ReferralStatus.ANSWERED;
        }
        return today.isAfter(dueOn) ? ReferralStatus.OVERDUE : ReferralStatus.PENDING;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getBodyId() { return bodyId; }
    public LocalDate getSentOn() { return sentOn; }
    public LocalDate getDueOn() { return dueOn; }

    @Override
    public String label() {
        return "referral " + id + " to body " + bodyId + " due " + dueOn;
    }
}
