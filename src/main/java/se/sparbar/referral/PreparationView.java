package se.sparbar.referral;

import java.time.LocalDate;

public record PreparationView(long id, long caseId, long preparingBodyId, LocalDate preparedOn, String proposedOutcome,
                              String proposalText, long version) {
}
