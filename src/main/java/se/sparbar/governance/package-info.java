/**
 * The register of governing documents (styrdokument): what is in force, what replaced what, and
 * what is due for review (the compilation asked for in seed 003's protocol note).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisation", "shared"})
package se.sparbar.governance;
