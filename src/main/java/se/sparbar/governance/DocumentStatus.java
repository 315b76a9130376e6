package se.sparbar.governance;

public enum DocumentStatus {
    IN_FORCE, REPLACED, REPEALED
}
