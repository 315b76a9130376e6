package se.sparbar.registry;

import java.time.Instant;
import java.time.LocalDate;

/** A case was registered in the diarium with its number. Published inside the registering transaction. */
public record CaseRegistered(long caseId, String caseNumber, CaseType type, String title, long ownerBodyId, String sender,
                             LocalDate receivedOn, Instant registeredAt, long registeredBy) {
}
