package se.sparbar.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.RefusedException;

/**
 * The errors every module can raise, as friendly translated pages with the right status code.
 * Modules that need a more specific answer (re-rendering a form) handle it themselves first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final LayoutModel layout;

    ErrorHandling(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        log.debug("Not found: {} ({})", request.getRequestURI(), e.getMessage());
        return layout.addTo(new ModelAndView("error/404"), request);
    }

    @ExceptionHandler(se.sparbar.shared.GoneException.class)
    @ResponseStatus(HttpStatus.GONE)
    ModelAndView gone(se.sparbar.shared.GoneException e, HttpServletRequest request) {
        log.debug("Gone: {} ({})", request.getRequestURI(), e.getMessage());
        return layout.addTo(new ModelAndView("error/410"), request);
    }

    /**
     * A value that cannot be what it claims: in the path ({@code /history/Motion/99999999999999999999})
     * it names nothing, so 404; in a query parameter the request is wrong, so 400. Forms never get
     * here: their fields get a translated error beside them.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        boolean inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        log.debug("Unusable {} '{}' at {}", e.getName(), e.getValue(), request.getRequestURI());
        response.setStatus(inPath ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
        return layout.addTo(new ModelAndView(inPath ? "error/404" : "error/400"), request);
    }

    @ExceptionHandler(RefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView refused(RefusedException e, HttpServletRequest request) {
        log.info("Refused at {}: {}", request.getRequestURI(), e.getMessage());
        ModelAndView view = new ModelAndView("error/refused");
        view.addObject("reasonKey", e.messageKey());
        view.addObject("reasonArguments", e.arguments());
        view.addObject("backUrl", backUrl(request));
        return layout.addTo(view, request);
    }

    /** Where the refused request came from, if it was one of our own pages. */
    private static String backUrl(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        String own = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        String ownDefault = request.getScheme() + "://" + request.getServerName();
        String path = referer.startsWith(own) ? referer.substring(own.length())
                : referer.startsWith(ownDefault + "/") ? referer.substring(ownDefault.length()) : null;
        return path != null && path.startsWith("/") && !path.startsWith("//") ? path : null;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        log.info("Upload too large at {}: {}", request.getRequestURI(), e.getMessage());
        ModelAndView view = new ModelAndView("error/413");
        view.addObject("reloadUrl", backUrl(request));
        return layout.addTo(view, request);
    }

    /**
     * The database cannot be reached (stopped, gone, every connection taken): the pool gives up
     * after a short wait, and the user is told to try again soon instead of waiting for a timeout.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ModelAndView databaseUnavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable at {}: {}", request.getRequestURI(), e.getMessage());
        ModelAndView view = new ModelAndView("error/503");
        view.addObject("reloadUrl", request.getRequestURI());
        return layout.addTo(view, request);
    }

    /**
     * The connection died inside a transaction (the server stopped mid-request): the statement's
     * failure is then overridden by the failure to roll back on the dead connection, which Spring
     * reports as a system exception. When that is what happened, it is the same 503; anything else
     * of the kind is a fault, and goes on to the error page (500).
     */
    @ExceptionHandler({org.springframework.transaction.TransactionSystemException.class,
            org.springframework.dao.UncategorizedDataAccessException.class})
    ModelAndView transactionFailed(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        if (!connectionLost(e)) {
            throw e;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        return databaseUnavailable(e, request);
    }

    /**
     * Whether a cause of {@code e} says the connection to the database is gone: SQL state class 08 or
     * 57P01–57P03, or the pool's own word for a connection it has closed as broken (which has no state).
     */
    static boolean connectionLost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[1-3]"))) {
                return true;
            }
            if (cause instanceof java.sql.SQLTransientConnectionException || cause instanceof java.net.SocketException
                    || cause instanceof java.sql.SQLException && "Connection is closed".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the database itself refused (a reference to a record that does not exist, a value too
     * long), when no form caught it first: the request was wrong, not the application.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView refusedByDatabase(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Refused by the database at {}: {}", request.getRequestURI(), DatabaseRefusal.describe(e));
        ModelAndView view = new ModelAndView("error/400");
        view.addObject("reloadUrl", backUrl(request));
        return layout.addTo(view, request);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(org.springframework.dao.DataAccessException e, HttpServletRequest request) {
        log.info("Concurrent change refused at {}: {}", request.getRequestURI(), e.getMessage());
        ModelAndView view = new ModelAndView("error/409");
        view.addObject("reloadUrl", request.getRequestURI());
        return layout.addTo(view, request);
    }
}
