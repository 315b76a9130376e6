package se.sparbar.actionplan;

/** DRAFT (not public) → ADOPTED (followed up) → CLOSED. */
public enum PlanStatus {
    DRAFT, ADOPTED, CLOSED
}
