package se.sparbar.shared;

/**
 * A change the rules do not allow now (an illegal state transition, someone else's record). The
 * web layer answers 409 with the translated reason {@link #messageKey()}; nothing was changed.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
