package se.sparbar.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sparbar.referral.PreparationDetails;
import se.sparbar.referral.PreparationView;
import se.sparbar.shared.Labelled;

/** The executive board's proposal to the council on a case (one per case; revised in place, audited). */
@Entity
@Table(name = "preparation")
@Audited
class Preparation implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "preparing_body_id", nullable = false)
    private long preparingBodyId;

    @Column(name = "prepared_on", nullable = false)
    private LocalDate preparedOn;

    @Column(name = "proposed_outcome", nullable = false, length = 20)
    private String proposedOutcome;

    @Column(name = "proposal_text", nullable = false)
    private String proposalText;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Preparation() {
    }

    public Preparation(long caseId, PreparationDetails details, long recordedBy, Instant now) {
        this.caseId = caseId;
        write(details, recordedBy, now);
    }

    public void write(PreparationDetails details, long recordedBy, Instant now) {
        this.preparingBodyId = details.preparingBodyId();
        this.preparedOn = details.preparedOn();
        this.proposedOutcome = details.proposedOutcome();
        this.proposalText = details.proposalText().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public PreparationView toView() {
        return new PreparationView(id, caseId, preparingBodyId, preparedOn, proposedOutcome, proposalText, version);
    }

    public long getVersion() { return version; }

    @Override
    public String label() {
        return proposedOutcome + ": " + proposalText;
    }
}
