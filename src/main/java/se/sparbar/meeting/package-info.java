/**
 * Meetings and minutes: a body's meetings with attendance, functionaries and agenda; minutes
 * paragraphs recorded as data (proposals, decision procedure, roll-call votes, reservations,
 * protocol notes); adjustment that locks the minutes; the public notice board with appeal dates;
 * minutes and extracts as PDF. A decision on a case is published as {@link se.sparbar.meeting.CaseDecided}.
 * Other modules use {@link se.sparbar.meeting.CaseParagraphs} and implement the SPIs
 * {@link se.sparbar.meeting.AgendaRule} and {@link se.sparbar.meeting.ParagraphFollowUp}; the services
 * in {@code domain} are internal (the demo module seeds through their {@code seeding} interface).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "organisation", "registry", "referral", "settings", "shared"})
package se.sparbar.meeting;
