package se.sparbar.registry;

import java.util.List;
import se.sparbar.files.AttachedFiles;

/** Incoming documents registered onto an existing case (a supplement, a letter, a report), with their files. */
public interface IncomingDocuments {

    /** The most files one registration takes. */
    int MAX_FILES = 10;

    /**
     * Registers a document onto the case with its files, in one transaction: a file that is refused
     * leaves nothing stored (neither the document nor the other files).
     *
     * @throws se.sparbar.shared.NotFoundException for an unknown case
     * @throws se.sparbar.files.RejectedFileException for an empty, oversize or unsupported file
     */
    IncomingDocument register(long caseId, NewDocument document, List<AttachedFiles.NewFile> files);

    /** The case's incoming documents in the order received, in one statement. */
    List<IncomingDocument> ofCase(long caseId);
}
