package se.sparbar.referral;

import java.time.LocalDate;

/** The executive board's proposal on a case was recorded: the case is ready for the council. */
public record CasePrepared(long caseId, long preparingBodyId, LocalDate preparedOn, String proposedOutcome, long recordedBy) {
}
