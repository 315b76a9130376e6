package se.sparbar.opendata.oparl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional GET for the open data: a strong ETag from the bytes served, Last-Modified from the
 * newest change in them, and 304 when the client already has them.
 */
public final class Conditional {

    private Conditional() {
    }

    /** Sets ETag, Last-Modified and CORS; true when the answer is 304 Not Modified (already written). */
    public static boolean notModified(ServletWebRequest request, byte[] body, Instant lastModified) {
        request.getResponse().setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        String etag = "\"" + digest(body) + "\"";
        return request.checkNotModified(etag, lastModified == null ? -1 : lastModified.toEpochMilli());
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
