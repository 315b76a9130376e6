/**
 * The public record: one append-only row for each thing that happened to a case, a meeting or an
 * action item, written in the same transaction as the change, from the events the other modules
 * publish. Who may see a row (the public, staff, nobody but the people it concerns) is decided once,
 * when it is written. The case timeline, the feeds, the notifications and the open-data API read it
 * through {@link se.sparbar.record.PublicRecord}; a new row is announced as {@link se.sparbar.record.RecordAppended}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registry", "motion", "referral", "meeting", "governance",
        "actionplan", "shared"})
package se.sparbar.record;
