package se.sparbar.files;

import se.sparbar.shared.FieldRefusedException;

/** A file that may not be stored: empty, over the size limit, or of a type not accepted. Nothing was stored. */
public class RejectedFileException extends FieldRefusedException {

    public enum Reason { EMPTY, TOO_LARGE, UNSUPPORTED }

    private final Reason reason;

    public RejectedFileException(Reason reason) {
        super("file", "files.error." + reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
