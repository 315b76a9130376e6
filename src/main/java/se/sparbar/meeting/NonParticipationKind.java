package se.sparbar.meeting;

/** Why a member takes no part in a paragraph: jäv, or not taking part (in handling and decision, or in the decision). */
public enum NonParticipationKind {
    CONFLICT_OF_INTEREST, NOT_IN_HANDLING_AND_DECISION, NOT_IN_DECISION
}
