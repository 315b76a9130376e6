package se.sparbar.organisation;

/** What a user account may do. A user may hold several. */
public enum Role {
    COUNCILLOR, CLERK, OFFICIAL, ADMIN
}
