package se.sparbar.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.shared.Labelled;

/** A progress report on an item. Append-only: a correction is a new report. */
@Entity
@Table(name = "progress_report")
@Audited
class ProgressReport implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "round_id", updatable = false)
    private Long roundId;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ItemStatus status;

    @Column(name = "report_text", nullable = false, columnDefinition = "text", updatable = false)
    private String text;

    @Column(name = "realised_amount_sek", precision = 15, scale = 2, updatable = false)
    private BigDecimal realisedAmount;

    @Column(name = "realised_budget_year", updatable = false)
    private Short realisedBudgetYear;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProgressReport() {
    }

    public ProgressReport(long itemId, Long roundId, LocalDate reportedOn, long authorId, ItemStatus status, String text,
                          BigDecimal realisedAmount, Integer realisedBudgetYear, Instant createdAt) {
        this.itemId = itemId;
        this.roundId = roundId;
        this.reportedOn = reportedOn;
        this.authorId = authorId;
        this.status = status;
        this.text = text.strip();
        this.realisedAmount = realisedAmount;
        this.realisedBudgetYear = realisedAmount == null ? null
                : (realisedBudgetYear == null ? Short.valueOf((short) reportedOn.getYear()) : realisedBudgetYear.shortValue());
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getItemId() { return itemId; }
    public LocalDate getReportedOn() { return reportedOn; }

    @Override
    public String label() {
        return reportedOn + " " + status;
    }
}
