/**
 * Motions: a councillor files a motion (draft, co-signers, submit), a clerk registers it with a
 * case number, refers it for statements and records the executive board's preparation; the
 * one-year clock runs from filing. Decisions arrive from the meeting module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "meeting", "organisation", "referral", "registry", "settings", "shared"})
package se.sparbar.motion;
