package se.sparbar.meeting;

/** A proposal made outright, in the first hand, or in the second hand (i första/andra hand). */
public enum Preference {
    ONLY, FIRST_HAND, SECOND_HAND
}
