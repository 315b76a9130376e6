package se.sparbar.opendata.oparl;

import org.springframework.http.HttpStatus;

/** A request the API refuses: answered as an OParl Error object with this status. */
public class OParlException extends RuntimeException {

    private final HttpStatus status;

    public OParlException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public static OParlException badRequest(String message) {
        return new OParlException(HttpStatus.BAD_REQUEST, message);
    }

    public static OParlException notFound(String what) {
        return new OParlException(HttpStatus.NOT_FOUND, "No such object: " + what);
    }

    public HttpStatus status() {
        return status;
    }
}
