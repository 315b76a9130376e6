package se.sparbar.actionplan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.actionplan.PlanDetails;

/** A plan as the clerk writes it; the adoption date makes it adopted (and public). */
public class PlanForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 100000)
    private String background;

    @Size(max = 20000)
    private String purpose;

    @NotNull
    private Long ownerBodyId;

    private Long adoptedByParagraphId;

    @Size(max = 100)
    private String adoptedReference;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate adoptedOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;

    @Size(max = 500)
    private String effectNote;

    private long version;

    static PlanForm of(ActionPlanQueries.PlanView plan) {
        PlanForm form = new PlanForm();
        form.title = plan.title();
        form.background = plan.background();
        form.purpose = plan.purpose();
        form.ownerBodyId = plan.ownerBodyId();
        form.adoptedByParagraphId = plan.adoptedByParagraphId();
        form.adoptedReference = plan.adoptedReference();
        form.adoptedOn = plan.adoptedOn();
        form.periodFrom = plan.periodFrom();
        form.periodTo = plan.periodTo();
        form.effectNote = plan.effectNote();
        form.version = plan.version();
        return form;
    }

    void check(Errors errors) {
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom) && !errors.hasFieldErrors("periodTo")) {
            errors.rejectValue("periodTo", "actionplan.periodTo.beforeFrom");
        }
        if (adoptedOn == null && (adoptedByParagraphId != null || (adoptedReference != null && !adoptedReference.isBlank()))
                && !errors.hasFieldErrors("adoptedOn")) {
            errors.rejectValue("adoptedOn", "actionplan.adoptedOn.missing");
        }
    }

    PlanDetails toDetails() {
        return new PlanDetails(title, background, purpose, ownerBodyId, adoptedByParagraphId, adoptedReference, adoptedOn,
                periodFrom, periodTo, effectNote, version);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public Long getOwnerBodyId() { return ownerBodyId; }
    public void setOwnerBodyId(Long ownerBodyId) { this.ownerBodyId = ownerBodyId; }
    public Long getAdoptedByParagraphId() { return adoptedByParagraphId; }
    public void setAdoptedByParagraphId(Long adoptedByParagraphId) { this.adoptedByParagraphId = adoptedByParagraphId; }
    public String getAdoptedReference() { return adoptedReference; }
    public void setAdoptedReference(String adoptedReference) { this.adoptedReference = adoptedReference; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public void setAdoptedOn(LocalDate adoptedOn) { this.adoptedOn = adoptedOn; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public String getEffectNote() { return effectNote; }
    public void setEffectNote(String effectNote) { this.effectNote = effectNote; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
