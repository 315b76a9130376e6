package se.sparbar.shared;

/**
 * A refusal that belongs to one field of a form (a vote by an absent member, a posting date before
 * adjustment): forms show it beside that field, with the user's input kept.
 */
public class FieldRefusedException extends RefusedException {

    private final String field;

    public FieldRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
