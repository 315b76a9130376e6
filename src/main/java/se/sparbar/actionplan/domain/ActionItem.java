package se.sparbar.actionplan.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.Audited;
import se.sparbar.actionplan.Deadlines;
import se.sparbar.actionplan.EffectKind;
import se.sparbar.actionplan.ItemDetails;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.actionplan.Recurrence;
import se.sparbar.shared.Labelled;
import se.sparbar.shared.RefusedException;

/**
 * An action item (åtgärd). Its status changes by progress reports (officials) or by the clerk; a
 * cancelled item is closed for good, a done one only the clerk can reopen. Every change raises the
 * version, so two reports made from the same view cannot both be saved.
 */
@Entity
@Table(name = "action_item")
@Audited
class ActionItem implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false)
    private short ordinal;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "responsible_text", nullable = false, length = 500)
    private String responsibleText;

    @Column(name = "timeline_text", nullable = false, length = 500)
    private String timelineText;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recurrence recurrence;

    @Column(name = "recurrence_from")
    private LocalDate recurrenceFrom;

    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "effect_kind", nullable = false, length = 20)
    private EffectKind effectKind;

    @Column(name = "planned_amount_sek", precision = 15, scale = 2)
    private BigDecimal plannedAmount;

    @Column(name = "budget_year")
    private Short budgetYear;

    @Column(name = "amount_note", length = 300)
    private String amountNote;

    @Column(name = "realised_amount_sek", precision = 15, scale = 2)
    private BigDecimal realisedAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status = ItemStatus.NOT_STARTED;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    /** Raised by every report, so every report raises the version too. */
    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ResponsibleRole> roles = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ItemAssignee> assignees = new ArrayList<>();

    @Version
    private long version;

    protected ActionItem() {
    }

    public ActionItem(long planId, int ordinal, ItemDetails details, Instant now, long by) {
        this.planId = planId;
        this.ordinal = (short) ordinal;
        this.statusChangedAt = now;
        write(details, now, by);
        refreshNextDue(null);
    }

    /** Corrects what the plan says about the item; the next deadline follows. */
    public void change(ItemDetails details, Instant now, long by, LocalDate latestReportOn) {
        requireOpen();
        write(details, now, by);
        refreshNextDue(latestReportOn);
    }

    /** The clerk sets the status: cancel, reopen a done item, or correct it. A cancelled item never changes. */
    public void changeStatus(ItemStatus newStatus, Instant now, LocalDate latestReportOn) {
        if (status == ItemStatus.CANCELLED) {
            throw new RefusedException("actionitem.refused.cancelled");
        }
        if (newStatus == status) {
            return;
        }
        if (status == ItemStatus.DONE && newStatus != ItemStatus.ON_TRACK && newStatus != ItemStatus.CANCELLED) {
            throw new RefusedException("actionitem.refused.reopenOnTrack");
        }
        this.status = newStatus;
        this.statusChangedAt = now;
        refreshNextDue(latestReportOn);
    }

    /** A progress report sets the status and, when it names one, the money realised so far. */
    public void recordReport(ItemStatus reported, BigDecimal realised, LocalDate reportedOn, Instant now) {
        requireOpen();
        if (status == ItemStatus.DONE) {
            throw new RefusedException("actionitem.refused.done");
        }
        if (!ItemStatus.REPORTABLE.contains(reported)) {
            throw new RefusedException("actionitem.refused.notReportable");
        }
        if (reported != status) {
            this.status = reported;
            this.statusChangedAt = now;
        }
        if (realised != null) {
            this.realisedAmount = realised;
        }
        this.reportCount++;
        refreshNextDue(reportedOn);
    }

    private void requireOpen() {
        if (status == ItemStatus.CANCELLED) {
            throw new RefusedException("actionitem.refused.cancelled");
        }
    }

    private void refreshNextDue(LocalDate latestReportOn) {
        this.nextDueOn = Deadlines.nextDue(dueOn, recurrence, recurrenceFrom, status, latestReportOn);
    }

    public void moveTo(int ordinal) {
        this.ordinal = (short) ordinal;
    }

    private void write(ItemDetails d, Instant now, long by) {
        if (d.dueOn() == null && (d.recurrence() == null || d.recurrence() == Recurrence.NONE)) {
            throw new IllegalArgumentException("An item needs a due date or a recurrence");
        }
        this.title = d.title().strip();
        this.description = ActionPlan.blankToNull(d.description());
        this.responsibleText = d.responsibleText().strip();
        this.timelineText = d.timelineText().strip();
        this.dueOn = d.dueOn();
        this.recurrence = d.recurrence() == null ? Recurrence.NONE : d.recurrence();
        this.recurrenceFrom = recurrence == Recurrence.NONE ? null
                : d.recurrenceFrom() != null ? d.recurrenceFrom() : d.dueOn();
        if (recurrence != Recurrence.NONE && recurrenceFrom == null) {
            throw new IllegalArgumentException("A recurrence needs a first date");
        }
        this.effectKind = d.effectKind() == null ? EffectKind.NONE : d.effectKind();
        this.plannedAmount = effectKind == EffectKind.NONE ? null : d.plannedAmount();
        this.budgetYear = effectKind == EffectKind.NONE || d.budgetYear() == null ? null : d.budgetYear().shortValue();
        if (effectKind != EffectKind.NONE && (plannedAmount == null || budgetYear == null)) {
            throw new IllegalArgumentException("Money needs an amount and a budget year");
        }
        this.amountNote = ActionPlan.blankToNull(d.amountNote());
        setRoles(d.roles());
        setAssignees(d.assigneeIds() == null ? Set.of() : d.assigneeIds(), now, by);
    }

    private void setRoles(List<String> titles) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String t : titles == null ? List.<String>of() : titles) {
            if (t != null && !t.isBlank()) {
                wanted.putIfAbsent(t.strip().toLowerCase(Locale.ROOT), t.strip());
            }
        }
        roles.removeIf(r -> !wanted.containsKey(r.getRoleTitle().toLowerCase(Locale.ROOT)));
        roles.forEach(r -> wanted.remove(r.getRoleTitle().toLowerCase(Locale.ROOT)));
        wanted.values().forEach(t -> roles.add(new ResponsibleRole(this, t)));
    }

    private void setAssignees(Set<Long> accountIds, Instant now, long by) {
        assignees.removeIf(a -> !accountIds.contains(a.getUserAccountId()));
        Set<Long> present = new java.util.HashSet<>();
        assignees.forEach(a -> present.add(a.getUserAccountId()));
        accountIds.stream().filter(id -> !present.contains(id)).sorted()
                .forEach(id -> assignees.add(new ItemAssignee(this, id, now, by)));
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public int getOrdinal() { return ordinal; }
    public String getTitle() { return title; }
    public ItemStatus getStatus() { return status; }
    public LocalDate getDueOn() { return dueOn; }
    public Recurrence getRecurrence() { return recurrence; }
    public LocalDate getRecurrenceFrom() { return recurrenceFrom; }
    public LocalDate getNextDueOn() { return nextDueOn; }
    public BigDecimal getRealisedAmount() { return realisedAmount; }
    public List<ResponsibleRole> getRoles() { return roles; }
    public List<ItemAssignee> getAssignees() { return assignees; }
    public long getVersion() { return version; }

    @Override
    public String label() {
        return ordinal + ". " + title;
    }
}
