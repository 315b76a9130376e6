package se.sparbar.referral;

/** As shown: a pending referral past its due date is overdue (computed, never stored). */
public enum ReferralStatus {
    PENDING, ANSWERED, OVERDUE
}
