package se.sparbar.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import se.sparbar.audit.SecurityEventKind;
import se.sparbar.audit.SecurityEventLog;

/** Records each refused request (wrong role, missing CSRF token) and shows the friendly 403 page. */
@Component
class RecordingAccessDeniedHandler implements AccessDeniedHandler {

    private final SecurityEventLog events;

    RecordingAccessDeniedHandler(SecurityEventLog events) {
        this.events = events;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String reason = denied instanceof CsrfException ? "csrf" : "role";
        events.record(SecurityEventKind.ACCESS_REFUSED,
                authentication == null ? null : authentication.getName(),
                request.getRemoteAddr(),
                reason + " " + request.getMethod() + " " + request.getRequestURI());
        if (!response.isCommitted()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
