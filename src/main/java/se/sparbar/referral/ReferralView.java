package se.sparbar.referral;

import java.time.LocalDate;
import java.util.Optional;

/** A referral as a case page shows it, with its statement once answered. */
public record ReferralView(long id, long caseId, long bodyId, LocalDate sentOn, LocalDate dueOn, ReferralStatus status,
                           Optional<StatementView> statement) {
}
