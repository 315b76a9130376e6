package se.sparbar.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else changed a record after the user loaded it. Thrown when the version a form was
 * built from is not the version in the database; the web layer answers 409 and offers a reload.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

    public StaleVersionException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    /** Refuses the change unless the record is still at the version the user saw. */
    public static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(what, id);
        }
    }
}
