package se.sparbar.shared;

/** Something with a short human-readable name, e.g. for the audit trail's "old → new" values. */
public interface Labelled {

    String label();
}
