package se.sparbar.registry;

import java.time.Instant;
import java.time.LocalDate;

/** A registered case as other modules see it. */
public record CaseSummary(long id, String caseNumber, CaseType type, String title, String summary, String sender,
                          LocalDate receivedOn, Instant registeredAt, long registeredBy, long ownerBodyId) {
}
