package se.sparbar.motion;

import java.util.List;
import java.util.Set;

/** What a councillor writes: the motion, whom it is addressed to, whom they invite to sign, the contact person. */
public record MotionDraft(String title, String text, List<String> proposals, long addressedBodyId,
                          Set<Long> cosignerPersonIds, Contact contact) {

    /** The contact person (seed 000: Kontaktperson). Never shown on public pages. */
    public record Contact(String firstName, String lastName, String phone, String email) {
    }
}
