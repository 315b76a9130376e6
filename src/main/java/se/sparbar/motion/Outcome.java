package se.sparbar.motion;

/** What a council may decide on a motion, and what the executive board may propose. */
public enum Outcome {
    APPROVED, PARTLY_APPROVED, REJECTED, ANSWERED;

    public MotionStatus decidedStatus() {
        return switch (this) {
            case APPROVED -> MotionStatus.DECIDED_APPROVED;
            case PARTLY_APPROVED -> MotionStatus.DECIDED_PARTLY_APPROVED;
            case REJECTED -> MotionStatus.DECIDED_REJECTED;
            case ANSWERED -> MotionStatus.DECIDED_ANSWERED;
        };
    }
}
