package se.sparbar.shared;

/** A record that existed and was withdrawn from publication (a depublished file): answered with 410 Gone. */
public class GoneException extends RuntimeException {

    public GoneException(String what, Object id) {
        super(what + " " + id + " is gone", null, false, false);
    }
}
