package se.sparbar.shared;

/**
 * A value that must be unique is already taken. The web layer shows it as an error on
 * {@link #field()}, with the user's input kept.
 */
public class DuplicateValueException extends RuntimeException {

    private final String field;

    public DuplicateValueException(String field, String value) {
        super("Duplicate " + field + ": " + value);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
