package se.sparbar.organisation;

/** Kinds of body (organ): the council, the executive board, committees. */
public enum BodyType {
    COUNCIL, EXECUTIVE_BOARD, COMMITTEE, OTHER
}
