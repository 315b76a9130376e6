package se.sparbar.actionplan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.actionplan.NewProgressReport;

/** A progress report as the official writes it. The amount is text, so that "1 500 000" is understood. */
public class ReportForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedOn;

    @NotNull
    private ItemStatus status;

    @NotBlank
    @Size(max = 20000)
    private String reportText;

    private String realisedAmount;

    @Min(2000)
    @Max(2999)
    private Integer realisedBudgetYear;

    private long itemVersion;

    private transient BigDecimal parsedAmount;

    void check(Errors errors, LocalDate today) {
        if (reportedOn != null && reportedOn.isAfter(today) && !errors.hasFieldErrors("reportedOn")) {
            errors.rejectValue("reportedOn", "progress.reportedOn.future");
        }
        if (status == ItemStatus.CANCELLED) {
            errors.rejectValue("status", "progress.status.cancelled");
        }
        parsedAmount = Amounts.parse(realisedAmount, "realisedAmount", errors);
    }

    NewProgressReport toReport() {
        return new NewProgressReport(reportedOn, status, reportText, parsedAmount,
                parsedAmount == null ? null : (realisedBudgetYear != null ? realisedBudgetYear : reportedOn.getYear()), itemVersion);
    }

    public LocalDate getReportedOn() { return reportedOn; }
    public void setReportedOn(LocalDate reportedOn) { this.reportedOn = reportedOn; }
    public ItemStatus getStatus() { return status; }
    public void setStatus(ItemStatus status) { this.status = status; }
    public String getReportText() { return reportText; }
    public void setReportText(String reportText) { this.reportText = reportText; }
    public String getRealisedAmount() { return realisedAmount; }
    public void setRealisedAmount(String realisedAmount) { this.realisedAmount = realisedAmount; }
    public Integer getRealisedBudgetYear() { return realisedBudgetYear; }
    public void setRealisedBudgetYear(Integer realisedBudgetYear) { this.realisedBudgetYear = realisedBudgetYear; }
    public long getItemVersion() { return itemVersion; }
    public void setItemVersion(long itemVersion) { this.itemVersion = itemVersion; }
}
