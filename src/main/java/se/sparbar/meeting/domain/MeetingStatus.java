package se.sparbar.meeting.domain;

/** A meeting's course: planned, held, minutes adjusted (locked), posted on the notice board; or cancelled before it was held. */
public enum MeetingStatus {
    PLANNED, HELD, ADJUSTED, POSTED, CANCELLED;

    public boolean minutesLocked() {
        return this == ADJUSTED || this == POSTED;
    }

    /** Attendance, agenda and paragraphs can still be recorded: the meeting is planned or held, not locked or cancelled. */
    public boolean open() {
        return this == PLANNED || this == HELD;
    }
}
