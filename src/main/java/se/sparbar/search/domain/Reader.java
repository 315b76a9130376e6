package se.sparbar.search.domain;

/**
 * Who searches, for what they may read: the public reads public records; staff (clerks, officials,
 * administrators) also read what their pages show them; a person reads her own drafts.
 */
public record Reader(boolean staff, Long personId) {

    public static final Reader PUBLIC = new Reader(false, null);
}
