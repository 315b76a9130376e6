package se.sparbar.motion;

import java.time.LocalDate;

/** The council wrote off a motion it could not decide in time (the report of unprepared motions). */
public record MotionWrittenOff(long motionId, long caseId, long firstSignatoryId, String title, LocalDate decidedOn) {
}
