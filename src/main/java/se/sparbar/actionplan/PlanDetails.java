package se.sparbar.actionplan;

import java.time.LocalDate;

/**
 * An action plan as adopted: {@code adoptedReference} is the decision as cited ("KS 2023-12-11 § 217"),
 * {@code adoptedByParagraphId} the minutes paragraph when the system holds it. Without an adoption
 * date the plan is a draft (not public).
 */
public record PlanDetails(String title, String background, String purpose, long ownerBodyId, Long adoptedByParagraphId,
                          String adoptedReference, LocalDate adoptedOn, LocalDate periodFrom, LocalDate periodTo,
                          String effectNote, long version) {
}
