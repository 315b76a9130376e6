package se.sparbar.motion;

/** An invited councillor confirmed or declined co-signing a draft (private to the signatories). */
public record CosignAnswered(long motionId, long personId, boolean confirmed, long firstSignatoryId, String title) {
}
