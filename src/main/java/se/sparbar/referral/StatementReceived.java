package se.sparbar.referral;

import java.time.LocalDate;

/** A body's statement on a referral was recorded (the first time; corrections raise no new event). */
public record StatementReceived(long statementId, long referralId, long caseId, long bodyId, LocalDate decidedOn, long recordedBy) {
}
