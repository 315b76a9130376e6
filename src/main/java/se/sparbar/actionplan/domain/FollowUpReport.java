package se.sparbar.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import se.sparbar.shared.Labelled;

/**
 * A follow-up report registered as a case for a body: its figures frozen as JSON and as a PDF, so
 * what the body was shown never changes with later reports.
 */
@Entity
@Table(name = "follow_up_report")
@Audited
class FollowUpReport implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String snapshot;

    @Column(name = "file_id", updatable = false)
    private Long fileId;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, updatable = false)
    private long generatedBy;

    @Version
    private long version;

    protected FollowUpReport() {
    }

    public FollowUpReport(long planId, long roundId, long caseId, long bodyId, String snapshot, Long fileId,
                          Instant generatedAt, long generatedBy) {
        this.planId = planId;
        this.roundId = roundId;
        this.caseId = caseId;
        this.bodyId = bodyId;
        this.snapshot = snapshot;
        this.fileId = fileId;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
    }

    public Long getId() { return id; }

    @Override
    public String label() {
        return "plan " + planId + ", round " + roundId;
    }
}
