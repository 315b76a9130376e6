package se.sparbar.governance;

/** A governing document was linked to the minutes paragraph that adopted it (and ended the one it replaces). */
public record GoverningDocumentAdopted(long documentId, String title, long paragraphId, Long replacedDocumentId) {
}
