package se.sparbar.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sparbar.actionplan.PlanDetails;
import se.sparbar.actionplan.PlanStatus;
import se.sparbar.shared.Labelled;
import se.sparbar.shared.RefusedException;

/** An action plan (handlingsplan). Never deleted; a plan that is over is CLOSED. */
@Entity
@Table(name = "action_plan")
@Audited
class ActionPlan implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(columnDefinition = "text")
    private String background;

    @Column(columnDefinition = "text")
    private String purpose;

    @Column(name = "owner_body_id", nullable = false)
    private long ownerBodyId;

    @Column(name = "adopted_by_paragraph_id")
    private Long adoptedByParagraphId;

    @Column(name = "adopted_reference", length = 100)
    private String adoptedReference;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "effect_note", length = 500)
    private String effectNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Version
    private long version;

    protected ActionPlan() {
    }

    public ActionPlan(PlanDetails details) {
        write(details);
        this.status = details.adoptedOn() == null ? PlanStatus.DRAFT : PlanStatus.ADOPTED;
    }

    /** Corrects the plan; a draft with an adoption date becomes adopted; a closed plan is read-only. */
    public void change(PlanDetails details) {
        if (status == PlanStatus.CLOSED) {
            throw new RefusedException("actionplan.refused.closed");
        }
        if (status == PlanStatus.ADOPTED && details.adoptedOn() == null) {
            throw new RefusedException("actionplan.refused.unadopt");
        }
        write(details);
        if (status == PlanStatus.DRAFT && adoptedOn != null) {
            status = PlanStatus.ADOPTED;
        }
    }

    public void close() {
        if (status != PlanStatus.ADOPTED) {
            throw new RefusedException("actionplan.refused.closeNotAdopted");
        }
        status = PlanStatus.CLOSED;
    }

    public void linkCase(long caseId) {
        this.caseId = caseId;
    }

    private void write(PlanDetails d) {
        this.title = d.title().trim();
        this.background = blankToNull(d.background());
        this.purpose = blankToNull(d.purpose());
        this.ownerBodyId = d.ownerBodyId();
        this.adoptedByParagraphId = d.adoptedByParagraphId();
        this.adoptedReference = blankToNull(d.adoptedReference());
        this.adoptedOn = d.adoptedOn();
        this.periodFrom = d.periodFrom();
        this.periodTo = d.periodTo();
        this.effectNote = blankToNull(d.effectNote());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getTitle() { return title; }
    public PlanStatus getStatus() { return status; }
    public long getOwnerBodyId() { return ownerBodyId; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public long getVersion() { return version; }

    @Override
    public String label() {
        return title;
    }
}
