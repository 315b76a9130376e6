package se.sparbar.organisation;

/** How to reach an account holder by e-mail: the address (null when none is set) and their language (sv, en, fi). */
public record AccountContact(long id, String username, String displayName, String email, String language, boolean enabled) {
}
