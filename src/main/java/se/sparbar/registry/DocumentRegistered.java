package se.sparbar.registry;

import java.time.Instant;
import java.time.LocalDate;

/** An incoming document was registered onto a case. Published inside the registering transaction. */
public record DocumentRegistered(long caseId, long documentId, DocumentType type, String sender, LocalDate receivedOn,
                                 String summary, long ownerBodyId, int files, Instant registeredAt, long registeredBy) {
}
