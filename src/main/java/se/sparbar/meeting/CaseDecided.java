package se.sparbar.meeting;

import java.time.LocalDate;

/**
 * A paragraph decided a registered case. Published inside the deciding transaction: a listener
 * that refuses (say, the motion was withdrawn) undoes the decision with its reason.
 */
public record CaseDecided(long caseId, long paragraphId, ParagraphOutcome outcome, LocalDate decidedOn, long meetingId, long bodyId) {
}
