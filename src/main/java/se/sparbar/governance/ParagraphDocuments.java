package se.sparbar.governance;

import java.util.Collection;
import java.util.List;

/** The governing documents that minutes paragraphs adopted or ended, for a case's page. */
public interface ParagraphDocuments {

    /** In order of adoption; one statement. */
    List<DocumentOfParagraph> adoptedOrEndedBy(Collection<Long> paragraphIds);

    /** A governing document as a case page cites it; its page is {@code /governing-documents/{id}}. */
    record DocumentOfParagraph(long id, String title, DocumentStatus status, String replacesTitle) {
    }
}
