package se.sparbar.meeting.domain;

import java.util.Set;

/**
 * Who is at a meeting, as a paragraph's rules need it (from {@link Meeting#participants()}):
 * everyone present, those seated to decide (present members and serving substitutes, in the
 * attendance list's order), and the presiding chair (or null).
 */
record Participants(Set<Long> present, Set<Long> seated, Long chair) {

    Participants {
        present = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(present));
        seated = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(seated));
    }

    boolean isPresent(long personId) {
        return present.contains(personId);
    }

    boolean isSeated(long personId) {
        return seated.contains(personId);
    }
}
