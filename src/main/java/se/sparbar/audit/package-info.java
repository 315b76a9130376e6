/**
 * The audit trail: every change to the record (Hibernate Envers revisions, with who and when),
 * an entity's history page, and the log of security events (logins, refused requests). Other modules
 * record security events through {@link se.sparbar.audit.SecurityEventLog} and say who may read their
 * records' history by implementing the SPI {@link se.sparbar.audit.HistoryReadRule}; the revision and
 * security-event entities and the services that read them are in {@code domain}, internal like {@code web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package se.sparbar.audit;
