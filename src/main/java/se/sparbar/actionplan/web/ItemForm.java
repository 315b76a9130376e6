package se.sparbar.actionplan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.actionplan.EffectKind;
import se.sparbar.actionplan.ItemDetails;
import se.sparbar.actionplan.Recurrence;

/** An item as the clerk writes it: Ansvar and Tidplan as in the plan, then the structured dates, roles and money. */
public class ItemForm {

    @NotNull
    private Long planId;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 100000)
    private String description;

    @NotBlank
    @Size(max = 500)
    private String responsibleText;

    @Size(max = 1000)
    private String rolesText;

    private Set<Long> assigneeIds = new LinkedHashSet<>();

    @NotBlank
    @Size(max = 500)
    private String timelineText;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    @NotNull
    private Recurrence recurrence = Recurrence.NONE;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recurrenceFrom;

    @NotNull
    private EffectKind effectKind = EffectKind.NONE;

    private String plannedAmount;

    @Min(2000)
    @Max(2999)
    private Integer budgetYear;

    @Size(max = 300)
    private String amountNote;

    private Long paragraphId;

    private long version;

    private transient BigDecimal parsedAmount;

    static ItemForm of(ActionPlanQueries.ItemView view) {
        ActionPlanQueries.ItemRow row = view.row();
        ItemForm form = new ItemForm();
        form.planId = row.planId();
        form.title = row.title();
        form.description = view.description();
        form.responsibleText = row.responsibleText();
        form.rolesText = String.join(", ", view.roles());
        form.assigneeIds = view.assignees().stream().map(ActionPlanQueries.Assignee::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
        form.timelineText = row.timelineText();
        form.deadline = row.dueOn();
        form.recurrence = row.recurrence();
        form.recurrenceFrom = row.recurrenceFrom();
        form.effectKind = row.effectKind();
        form.plannedAmount = Amounts.format(row.plannedAmount());
        form.budgetYear = row.budgetYear();
        form.amountNote = row.amountNote();
        form.version = row.version();
        return form;
    }

    /** When it is due, and what money it names, must add up. */
    void check(Errors errors) {
        if (deadline == null && recurrence == Recurrence.NONE && !errors.hasFieldErrors("deadline")) {
            errors.rejectValue("deadline", "actionitem.when.missing");
        }
        if (recurrence != null && recurrence != Recurrence.NONE && recurrenceFrom == null && deadline == null
                && !errors.hasFieldErrors("recurrenceFrom")) {
            errors.rejectValue("recurrenceFrom", "actionitem.recurrenceFrom.missing");
        }
        parsedAmount = Amounts.parse(plannedAmount, "plannedAmount", errors);
        if (effectKind != null && effectKind != EffectKind.NONE) {
            if (plannedAmount == null || plannedAmount.isBlank()) {
                errors.rejectValue("plannedAmount", "actionitem.amount.missing");
            }
            if (budgetYear == null && !errors.hasFieldErrors("budgetYear")) {
                errors.rejectValue("budgetYear", "actionitem.budgetYear.missing");
            }
        }
    }

    List<String> roles() {
        return rolesText == null ? List.of() : Arrays.stream(rolesText.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    ItemDetails toDetails() {
        return new ItemDetails(title, description, responsibleText, roles(), assigneeIds == null ? Set.of() : assigneeIds,
                timelineText, deadline, recurrence, recurrenceFrom, effectKind, parsedAmount, budgetYear, amountNote, version);
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getResponsibleText() { return responsibleText; }
    public void setResponsibleText(String responsibleText) { this.responsibleText = responsibleText; }
    public String getRolesText() { return rolesText; }
    public void setRolesText(String rolesText) { this.rolesText = rolesText; }
    public Set<Long> getAssigneeIds() { return assigneeIds; }
    public void setAssigneeIds(Set<Long> assigneeIds) { this.assigneeIds = assigneeIds; }
    public String getTimelineText() { return timelineText; }
    public void setTimelineText(String timelineText) { this.timelineText = timelineText; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Recurrence getRecurrence() { return recurrence; }
    public void setRecurrence(Recurrence recurrence) { this.recurrence = recurrence; }
    public LocalDate getRecurrenceFrom() { return recurrenceFrom; }
    public void setRecurrenceFrom(LocalDate recurrenceFrom) { this.recurrenceFrom = recurrenceFrom; }
    public EffectKind getEffectKind() { return effectKind; }
    public void setEffectKind(EffectKind effectKind) { this.effectKind = effectKind; }
    public String getPlannedAmount() { return plannedAmount; }
    public void setPlannedAmount(String plannedAmount) { this.plannedAmount = plannedAmount; }
    public Integer getBudgetYear() { return budgetYear; }
    public void setBudgetYear(Integer budgetYear) { this.budgetYear = budgetYear; }
    public String getAmountNote() { return amountNote; }
    public void setAmountNote(String amountNote) { this.amountNote = amountNote; }
    public Long getParagraphId() { return paragraphId; }
    public void setParagraphId(Long paragraphId) { this.paragraphId = paragraphId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
