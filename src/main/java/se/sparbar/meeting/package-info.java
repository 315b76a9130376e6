/**
 * Meetings and minutes: a body's meetings with attendance, functionaries and agenda; minutes
 * paragraphs recorded as data (proposals, decision procedure, roll-call votes, reservations,
 * protocol notes); adjustment that locks the minutes; the public notice board with appeal dates;
 * minutes and extracts as PDF. A decision on a case is published as {@link se.sparbar.meeting.CaseDecided}.
 */
package se.sparbar.meeting;
