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
import org.springframework.web.servlet.ModelAndView;
import se.sparbar.shared.NotFoundException;

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

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        log.info("Concurrent change refused at {}: {}", request.getRequestURI(), e.getMessage());
        ModelAndView view = new ModelAndView("error/409");
        view.addObject("reloadUrl", request.getRequestURI());
        return view;
    }
}
