package se.sparbar.shared.web;

import java.util.Set;

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
}
