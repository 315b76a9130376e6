package se.sparbar.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A progress report: its date (not in the future), the item's status, the text, and optionally the
 * money realised so far in {@code realisedBudgetYear}. {@code itemVersion} is the version of the
 * item the reporter saw: if someone reported in between, the report is refused, not merged.
 */
public record NewProgressReport(LocalDate reportedOn, ItemStatus status, String text, BigDecimal realisedAmount,
                                Integer realisedBudgetYear, long itemVersion) {
}
