package se.sparbar.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.sparbar.shared.MunicipalityName;

/** What the layout shows on every page: the municipality, the user, the current path. */
@ControllerAdvice
class LayoutModel {

    private final ObjectProvider<MunicipalityName> municipalityName;

    LayoutModel(ObjectProvider<MunicipalityName> municipalityName) {
        this.municipalityName = municipalityName;
    }

    @ModelAttribute("municipalityName")
    String municipalityName() {
        MunicipalityName provider = municipalityName.getIfAvailable();
        return provider == null ? "Spårbar" : provider.municipalityName();
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!CurrentUser.isLoggedIn(authentication)) {
            return CurrentUser.ANONYMOUS;
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        String displayName = authentication.getPrincipal() instanceof DisplayNamed named
                ? named.displayName() : authentication.getName();
        return new CurrentUser(authentication.getName(), displayName, roles);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
