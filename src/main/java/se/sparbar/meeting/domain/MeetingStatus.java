package se.sparbar.meeting.domain;

/** A meeting's course: planned, held, minutes adjusted (locked), posted on the notice board. */
public enum MeetingStatus {
    PLANNED, HELD, ADJUSTED, POSTED;

    public boolean minutesLocked() {
        return this == ADJUSTED || this == POSTED;
    }
}
