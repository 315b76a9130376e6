package se.sparbar.governance;

import java.time.LocalDate;

/**
 * A governing document as adopted. {@code adoptedReference} is the decision as cited
 * ("KF 2019-11-27 § 218"); {@code replacesId} the document it replaces, if any. Without a next
 * review date, the review interval gives one from the date it is valid from.
 */
public record GoverningDocumentDetails(DocumentType type, String title, long ownerBodyId, String adoptedReference,
                                       LocalDate adoptedOn, LocalDate validFrom, Integer reviewIntervalMonths,
                                       LocalDate nextReviewOn, Long replacesId, long version) {
}
