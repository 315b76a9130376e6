package se.sparbar.meeting.domain;

/** One line of the attendance list: present or not, and for a substitute, whom they serve for. */
public record AttendanceEntry(long personId, Seat seat, boolean present, Long servingFor) {
}
