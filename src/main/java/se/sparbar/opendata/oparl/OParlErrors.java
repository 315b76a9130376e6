package se.sparbar.opendata.oparl;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the API as the OParl Error object, with a real status; never a stack trace. */
@RestControllerAdvice(assignableTypes = OParlController.class)
class OParlErrors {

    private static final Logger log = LoggerFactory.getLogger(OParlErrors.class);

    @ExceptionHandler(OParlException.class)
    ResponseEntity<OParlObject> refused(OParlException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<OParlObject> failed(Exception e) {
        log.error("OParl request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "The server could not answer this request");
    }

    static ResponseEntity<OParlObject> error(HttpStatus status, String message) {
        OParlObject error = new OParlObject().with("type", OParlUrls.SCHEMA + "Error").with("message", message);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(error);
    }
}
