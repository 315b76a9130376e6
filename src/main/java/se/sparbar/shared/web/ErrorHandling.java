package se.sparbar.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
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

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        log.debug("Not found: {} ({})", request.getRequestURI(), e.getMessage());
        return new ModelAndView("error/404");
    }

    @ExceptionHandler(RefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView refused(RefusedException e, HttpServletRequest request) {
        log.info("Refused at {}: {}", request.getRequestURI(), e.getMessage());
        ModelAndView view = new ModelAndView("error/refused");
        view.addObject("reasonKey", e.messageKey());
        view.addObject("reasonArguments", e.arguments());
        view.addObject("backUrl", backUrl(request));
        return view;
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
        return view;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        log.info("Concurrent change refused at {}: {}", request.getRequestURI(), e.getMessage());
        ModelAndView view = new ModelAndView("error/409");
        view.addObject("reloadUrl", request.getRequestURI());
        return view;
    }
}
