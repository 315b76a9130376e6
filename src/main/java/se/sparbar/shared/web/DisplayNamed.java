package se.sparbar.shared.web;

/** A logged-in principal that knows its person's name (the user account's details). */
public interface DisplayNamed {

    String displayName();
}
