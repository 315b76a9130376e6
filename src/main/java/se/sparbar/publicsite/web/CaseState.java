package se.sparbar.publicsite.web;

/** Where a case stands, as the register shows it: derived from its referrals, preparation and decisions. */
public enum CaseState {
    REGISTERED, REFERRED, PREPARED, DECIDED
}
