/**
 * The audit trail: every change to the record (Hibernate Envers revisions, with who and when),
 * an entity's history page, and the log of security events (logins, refused requests).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package se.sparbar.audit;
