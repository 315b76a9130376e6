package se.sparbar.motion;

/** The first signatory withdrew the motion; {@code submitted} tells whether the public had seen it. */
public record MotionWithdrawn(long motionId, Long caseId, long firstSignatoryId, String title, boolean submitted) {
}
