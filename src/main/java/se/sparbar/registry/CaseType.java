package se.sparbar.registry;

public enum CaseType {
    MOTION, CITIZEN_PROPOSAL, ADMINISTRATIVE, AUDIT_REPORT, ACTION_PLAN, FOLLOW_UP_REPORT
}
