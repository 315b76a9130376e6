package se.sparbar.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import se.sparbar.shared.MunicipalityName;

/**
 * What the layout shows on every page: the municipality, the user, the current path. For the
 * application's own controllers and Spring Boot's error pages (which use the layout), not for the
 * actuator: its health endpoint must not wait for the database here.
 */
@ControllerAdvice(basePackages = {"se.sparbar", "org.springframework.boot.webmvc.autoconfigure.error"})
class LayoutModel {

    private final ObjectProvider<MunicipalityName> municipalityName;

    LayoutModel(ObjectProvider<MunicipalityName> municipalityName) {
        this.municipalityName = municipalityName;
    }

    /** Set on a request once the database has been found unreachable, so that its error page does not wait for it again. */
    static final String DATABASE_UNREACHABLE = LayoutModel.class.getName() + ".databaseUnreachable";

    /**
     * The municipality's name, read before the handler runs. When the database cannot be reached
     * the request fails here at once (503, within the pool's wait) instead of waiting for the pool
     * again in the handler and once more for the error page.
     */
    @ModelAttribute("municipalityName")
    String municipalityName(HttpServletRequest request) {
        if (request.getAttribute(DATABASE_UNREACHABLE) != null) {
            return "Spårbar";
        }
        MunicipalityName provider = municipalityName.getIfAvailable();
        try {
            return provider == null ? "Spårbar" : provider.municipalityName();
        } catch (DataAccessResourceFailureException | CannotCreateTransactionException e) {
            request.setAttribute(DATABASE_UNREACHABLE, Boolean.TRUE);
            throw e;
        } catch (DataAccessException | TransactionException e) {
            return "Spårbar";
        }
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

    private String safeName(HttpServletRequest request) {
        try {
            return municipalityName(request);
        } catch (DataAccessException | TransactionException e) {
            // the database is gone: the error page that says so must still render
            return "Spårbar";
        }
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * The same for a page an exception handler renders: Spring does not run the model-attribute
     * methods for those, and a refusal page must still show the user's own menu.
     */
    ModelAndView addTo(ModelAndView view, HttpServletRequest request) {
        view.addObject("municipalityName", safeName(request));
        view.addObject("currentUser", currentUser());
        view.addObject("currentPath", currentPath(request));
        return view;
    }
}
