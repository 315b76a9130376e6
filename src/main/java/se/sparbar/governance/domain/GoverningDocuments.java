package se.sparbar.governance.domain;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.governance.GoverningDocumentAdopted;
import se.sparbar.governance.GoverningDocumentDetails;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.StaleVersionException;

/** Keeps the register: adopting (and replacing), correcting, repealing. */
@Service
@NamedInterface("seeding")
public class GoverningDocuments {

    private final GoverningDocumentRepository documents;
    private final ApplicationEventPublisher events;

    GoverningDocuments(GoverningDocumentRepository documents, ApplicationEventPublisher events) {
        this.documents = documents;
        this.events = events;
    }

    /** Adopts a document. When it replaces another, that one is marked replaced in the same transaction. */
    @Transactional
    public long adopt(GoverningDocumentDetails details) {
        GoverningDocument replaced = details.replacesId() == null ? null : find(details.replacesId());
        return documents.saveAndFlush(new GoverningDocument(details, replaced)).getId();
    }

    /** Corrects the register entry (what replaces what is fixed at adoption). */
    @Transactional
    public void change(long id, GoverningDocumentDetails details) {
        GoverningDocument document = find(id);
        StaleVersionException.check("GoverningDocument", id, details.version(), document.getVersion());
        document.change(details);
        documents.flush();
    }

    /** Links the entry to the minutes paragraph that adopted it (and ended the document it replaces). */
    @Transactional
    public void recordAdoptingParagraph(long id, long paragraphId) {
        GoverningDocument document = find(id);
        document.adoptedBy(paragraphId);
        events.publishEvent(new GoverningDocumentAdopted(id, document.getTitle(), paragraphId,
                document.getReplaces() == null ? null : document.getReplaces().getId()));
    }

    @Transactional
    public void repeal(long id, LocalDate on) {
        find(id).repeal(on);
    }

    private GoverningDocument find(long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("GoverningDocument", id));
    }
}
