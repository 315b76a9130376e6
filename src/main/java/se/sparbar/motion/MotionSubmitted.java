package se.sparbar.motion;

import java.time.Instant;

/** A motion was submitted: from now on it is public and waits in the clerk's inbox. */
public record MotionSubmitted(long motionId, long firstSignatoryId, long addressedBodyId, String title, Instant submittedAt) {
}
