package se.sparbar.meeting;

/** The meeting's functionaries: ordförande, sekreterare, justerare. */
public enum MeetingRoleKind {
    CHAIR, SECRETARY, ADJUSTER
}
