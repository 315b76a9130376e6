package se.sparbar.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import se.sparbar.audit.SecurityEventKind;
import se.sparbar.audit.SecurityEventLog;

/** Writes every login, failed login and logout to the security event log. */
@Component
class AuthenticationEvents {

    private final SecurityEventLog events;

    AuthenticationEvents(SecurityEventLog events) {
        this.events = events;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        events.record(SecurityEventKind.LOGIN_SUCCEEDED, event.getAuthentication().getName(), address(event.getAuthentication()), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        SecurityEventKind kind = event.getException() instanceof LoginThrottledException
                ? SecurityEventKind.LOGIN_THROTTLED : SecurityEventKind.LOGIN_FAILED;
        events.record(kind, event.getAuthentication().getName(), address(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        events.record(SecurityEventKind.LOGOUT, event.getAuthentication().getName(), address(event.getAuthentication()), null);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
