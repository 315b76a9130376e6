/** The start pages: the public home page, each role's dashboard, the accessibility statement. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"actionplan", "motion", "organisation", "shared"})
package se.sparbar.dashboard;
