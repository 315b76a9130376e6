package se.sparbar.shared.web;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Who is looking at a page, for the layout (navigation by role). Permission checks do not use
 * this: they are made by Spring Security on the server.
 */
public record CurrentUser(String username, String displayName, Set<String> roles) {

    public static final CurrentUser ANONYMOUS = new CurrentUser(null, null, Set.of());

    public boolean isAuthenticated() {
        return username != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether a request comes from someone logged in (not the anonymous visitor Spring Security stands in for the public). */
    public static boolean isLoggedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Whether the logged-in user holds the role ({@code "CLERK"}, not {@code "ROLE_CLERK"}). */
    public static boolean hasRole(Authentication authentication, String role) {
        return isLoggedIn(authentication)
                && authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
