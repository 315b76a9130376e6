package se.sparbar.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's parameters before anything else does, so that a request the server cannot read
 * is answered once, here, with the application's own error page: parameters that are not valid
 * UTF-8 (or otherwise malformed) get 400, an upload beyond the size limits gets 413. Each is one WARN
 * line in the log, not an ERROR with a stack trace from whichever filter happened to read first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            boolean tooLarge = isSizeLimit(e);
            log.warn("Unreadable request {} {}: {}", request.getMethod(), request.getRequestURI(), summary(e));
            response.sendError(tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException") || name.contains("MaxUploadSize")) {
                return true;
            }
        }
        return false;
    }

    private static String summary(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
