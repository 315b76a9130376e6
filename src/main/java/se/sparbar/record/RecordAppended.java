package se.sparbar.record;

/**
 * A row was appended to the public record. Published synchronously inside the transaction that made
 * the change, so a listener's own writes (a notification outbox) commit or roll back with it.
 */
public record RecordAppended(RecordEntry entry) {
}
