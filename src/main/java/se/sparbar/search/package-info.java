/**
 * Search: one box that finds every record a reader may read, in Swedish (stemming and compound
 * words through the hunspell dictionary, see ADR 0010). The index, {@code search_entry}, is kept by
 * triggers on the records' tables (migration V8), so it changes in the same transaction as the
 * record; this module's Java reads only that table and its vocabulary.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisation", "shared"})
package se.sparbar.search;
