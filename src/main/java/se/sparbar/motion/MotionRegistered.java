package se.sparbar.motion;

import java.time.Instant;
import java.time.LocalDate;

/** A submitted motion was registered as a case with its case number. */
public record MotionRegistered(long motionId, long caseId, String caseNumber, long firstSignatoryId, String title, LocalDate receivedOn,
                               Instant registeredAt) {
}
