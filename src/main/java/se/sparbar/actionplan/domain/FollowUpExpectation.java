package se.sparbar.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.sparbar.shared.Labelled;

/** One report expected for an active item in a round; missing while no report has been made in the round. */
@Entity
@Table(name = "follow_up_expectation")
@Audited
class FollowUpExpectation implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "progress_report_id")
    private Long progressReportId;

    protected FollowUpExpectation() {
    }

    public FollowUpExpectation(long roundId, long itemId) {
        this.roundId = roundId;
        this.itemId = itemId;
    }

    /** The round's latest report answers the expectation. */
    public void answeredBy(long reportId) {
        this.progressReportId = reportId;
    }

    public Long getProgressReportId() { return progressReportId; }

    @Override
    public String label() {
        return "round " + roundId + ", item " + itemId;
    }
}
