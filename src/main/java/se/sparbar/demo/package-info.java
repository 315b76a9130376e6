/**
 * Demo mode: on an empty database, a demo municipality built from the seed documents in
 * {@code shared/seeds} (bodies, parties, the council members of seed 003, one account per role).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"actionplan", "actionplan::seeding", "governance", "governance::seeding", "meeting", "meeting::seeding", "motion", "motion::seeding", "organisation", "organisation::seeding", "referral", "registry", "settings", "shared"})
package se.sparbar.demo;
