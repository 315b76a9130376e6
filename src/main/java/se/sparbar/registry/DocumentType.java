package se.sparbar.registry;

/** What an incoming document registered onto a case is. */
public enum DocumentType {
    LETTER, REPORT, SUPPLEMENT, STATEMENT, DECISION_EXTRACT, OTHER
}
