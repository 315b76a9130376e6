/**
 * The organisation: user accounts and their roles, bodies (organ), parties, people and their
 * memberships. Other modules use the services at this package's root; {@code domain} and
 * {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package se.sparbar.organisation;
