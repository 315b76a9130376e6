/**
 * Referrals (remiss) of a case to bodies for a statement (yttrande), the statements as recorded
 * (seed 002), and the executive board's preparation (beredning) of the council's decision.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisation", "registry", "files", "shared"})
package se.sparbar.referral;
