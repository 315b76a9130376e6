/**
 * The registry (diarium): cases (ärenden) and their case numbers (diarienummer), unique, never
 * reused, sequential per series and year without gaps, also under concurrent registration.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisation", "settings", "shared", "files"})
package se.sparbar.registry;
