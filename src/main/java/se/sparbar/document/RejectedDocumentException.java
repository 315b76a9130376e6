package se.sparbar.document;

/** A file that may not be stored: not a PDF, empty, or over the size limit. Nothing was stored. */
public class RejectedDocumentException extends RuntimeException {

    public enum Reason { NOT_PDF, EMPTY, TOO_LARGE }

    private final Reason reason;

    public RejectedDocumentException(Reason reason) {
        super("Document rejected: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
