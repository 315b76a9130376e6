package se.sparbar.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An incoming document registered onto a case, with the ids of the case's files that came with it. */
public record IncomingDocument(long id, long caseId, DocumentType type, String sender, LocalDate receivedOn, String summary,
                               Instant registeredAt, List<Long> fileIds) {
}
