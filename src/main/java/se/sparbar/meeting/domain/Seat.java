package se.sparbar.meeting.domain;

/** Whether someone attends as a member (ledamot) or a substitute (ersättare). */
public enum Seat {
    MEMBER, SUBSTITUTE
}
