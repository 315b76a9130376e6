/**
 * Who may do what: form login with Argon2id hashes, throttling of repeated failures, CSRF,
 * security headers (a Content-Security-Policy without inline script), role rules per URL, and
 * recording of logins and refused requests.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package se.sparbar.security;
