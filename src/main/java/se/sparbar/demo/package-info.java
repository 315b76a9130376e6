/**
 * Demo mode: on an empty database, a demo municipality built from the seed documents in
 * {@code shared/seeds} (bodies, parties, the council members of seed 003, one account per role).
 */
package se.sparbar.demo;
