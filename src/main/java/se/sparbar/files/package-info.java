/**
 * Attached files: a case's, a motion's or a minutes paragraph's documents, stored in PostgreSQL with
 * their checksum, their type as the bytes tell it and the text of a PDF for search, public exactly
 * when their owner is, depublished (never deleted) with a reason. ADR 0014.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "organisation", "settings", "shared"})
package se.sparbar.files;
