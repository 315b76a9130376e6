package se.sparbar.referral;

import java.time.LocalDate;

/** A case was sent to a body for its statement (remiss). */
public record ReferralSent(long referralId, long caseId, long bodyId, LocalDate sentOn, LocalDate dueOn, long sentBy) {
}
