package se.sparbar.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An action item as the plan writes it: Ansvar ({@code responsibleText}) and Tidplan
 * ({@code timelineText}) verbatim; the roles named in Ansvar, matched against officials' job titles;
 * the officials assigned; a due date and/or a recurrence; the planned money.
 */
public record ItemDetails(String title, String description, String responsibleText, List<String> roles,
                          Set<Long> assigneeIds, String timelineText, LocalDate dueOn, Recurrence recurrence,
                          LocalDate recurrenceFrom, EffectKind effectKind, BigDecimal plannedAmount, Integer budgetYear,
                          String amountNote, long version) {
}
