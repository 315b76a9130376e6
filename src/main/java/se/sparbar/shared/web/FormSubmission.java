package se.sparbar.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import se.sparbar.shared.DuplicateValueException;
import se.sparbar.shared.FieldRefusedException;

/**
 * Runs a form's one service call and turns the refusals every form can meet into errors shown
 * beside the fields, with the user's input kept: a taken unique value becomes a field error; a
 * concurrent change (a stale version, a lost lock) becomes a form error and HTTP 409, with the form offering a reload; a refusal
 * that names a field is shown beside it.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** @return true when the action ran; false when the form must be shown again with its errors */
    public static boolean attempt(BindingResult errors, HttpServletResponse response, Runnable action) {
        return submit(errors, response, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * @return what the action returned (a new record's id, say); empty when the form must be shown
     *         again with its errors
     */
    public static <T> Optional<T> submit(BindingResult errors, HttpServletResponse response, Supplier<T> action) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (DuplicateValueException e) {
            errors.rejectValue(e.field(), "error.duplicate");
        } catch (FieldRefusedException e) {
            if (errors.getFieldType(e.field()) != null) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            } else {
                errors.reject(e.messageKey(), e.arguments(), null);
            }
        } catch (DataIntegrityViolationException e) {
            // a gap in the form's own validation: still the user's input, never a server error
            DatabaseRefusal refusal = DatabaseRefusal.of(e);
            String field = refusal.field();
            if (field != null && errors.getFieldType(field) != null) {
                errors.rejectValue(field, refusal.messageKey());
            } else {
                errors.reject(refusal.messageKey());
            }
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            // a stale version the service saw, one Hibernate found at flush, or the loser of a deadlock:
            // all the same to the user, whose input stays in the form
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.reject("error.conflict");
        }
        return Optional.empty();
    }
}
