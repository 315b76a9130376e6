package se.sparbar.registry;

import java.time.LocalDate;

/** What registering an incoming document onto a case records: its type, sender, date received and a short summary. */
public record NewDocument(DocumentType type, String sender, LocalDate receivedOn, String summary, long registeredBy) {
}
