/**
 * The organisation: user accounts and their roles, bodies (organ), parties, people and their
 * memberships. Other modules read it through {@link se.sparbar.organisation.Directory} (people,
 * bodies, parties, seats and memberships as value records) and {@link se.sparbar.organisation.AccountContacts}
 * (where and in which language to write to an account holder), and know the logged-in user by
 * {@link se.sparbar.organisation.AccountId}. Entities, repositories and the services that change them
 * are in {@code domain} (the demo module seeds through its {@code seeding} interface); {@code web} is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package se.sparbar.organisation;
