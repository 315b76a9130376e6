package se.sparbar.document;

import java.util.Arrays;
import java.util.Optional;

/** Stores and reads PDF documents, checked for type and size. */
public interface Documents {

    int MAX_BYTES = 20 * 1024 * 1024;

    /** Checks the bytes (not the browser's claimed type) before anything is stored. */
    static void check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RejectedDocumentException(RejectedDocumentException.Reason.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new RejectedDocumentException(RejectedDocumentException.Reason.TOO_LARGE);
        }
        byte[] pdfMagic = {'%', 'P', 'D', 'F', '-'};
        if (content.length < pdfMagic.length || !Arrays.equals(Arrays.copyOf(content, pdfMagic.length), pdfMagic)) {
            throw new RejectedDocumentException(RejectedDocumentException.Reason.NOT_PDF);
        }
    }

    DocumentSummary store(String title, String fileName, byte[] content, long uploadedBy);

    Optional<DocumentSummary> find(long id);

    Optional<byte[]> content(long id);
}
