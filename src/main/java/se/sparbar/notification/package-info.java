/**
 * Notifications by e-mail: the people a step concerns hear of it (the councillor of her motion, the
 * clerk of the inbox, the chair and adjusters of minutes, the official of an item), and anyone can
 * follow a case, a body, a person or a search. Each record entry is written to an outbox in the
 * transaction that caused it (and so is what a module announces that the record does not keep: an item
 * assigned to more officials); a scheduled worker fans it out and sends each (recipient, event) once.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"record", "actionplan", "organisation", "settings", "shared"})
package se.sparbar.notification;
