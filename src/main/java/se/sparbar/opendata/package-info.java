/**
 * Open data: the record as an OParl 1.1 API at {@code /oparl/v1} with an extension for what OParl
 * lacks (proposals, decision procedure, roll-call votes, reservations, action plans), Atom feeds
 * and iCalendar subscriptions. Read-only; it reads other modules only through the public views
 * they publish (docs/data-model.md, "Published views"). See ADR 0011.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"record", "settings", "shared"})
package se.sparbar.opendata;
