package se.sparbar.meeting;

/** What an agenda item is: a case to decide, an election, information, something else. */
public enum AgendaKind {
    CASE, ELECTION, INFORMATION, OTHER
}
