package se.sparbar.governance;

/** Kinds of governing document: policy, program, plan, riktlinje, styrmodell, reglemente … */
public enum DocumentType {
    POLICY, PROGRAMME, PLAN, GUIDELINE, GOVERNANCE_MODEL, RULES_OF_PROCEDURE, STRATEGY, REGULATION, OTHER
}
