package se.sparbar.motion;

/** A councillor was invited to co-sign a draft motion (private to the signatories). */
public record CosignInvited(long motionId, long personId, long firstSignatoryId, String title) {
}
