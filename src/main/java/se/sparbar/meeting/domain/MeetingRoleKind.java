package se.sparbar.meeting.domain;

/** The meeting's functionaries: ordförande, sekreterare, justerare. */
public enum MeetingRoleKind {
    CHAIR, SECRETARY, ADJUSTER
}
