package se.sparbar.registry;

import java.time.LocalDate;

/**
 * What registration (diarieföring) records: date received, sender, what it is about in brief,
 * and the body whose series numbers it (e.g. KS).
 */
public record NewCase(CaseType type, String title, String summary, String sender, LocalDate receivedOn,
                      long ownerBodyId, String series, long registeredBy) {
}
