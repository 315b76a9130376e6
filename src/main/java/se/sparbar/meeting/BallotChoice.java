package se.sparbar.meeting;

/** A member's answer in a roll-call vote: ja, nej, avstår. */
public enum BallotChoice {
    YES, NO, ABSTAIN
}
