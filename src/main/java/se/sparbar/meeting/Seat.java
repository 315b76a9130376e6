package se.sparbar.meeting;

/** Whether someone attends as a member (ledamot) or a substitute (ersättare). */
public enum Seat {
    MEMBER, SUBSTITUTE
}
