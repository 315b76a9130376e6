package se.sparbar.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from this address: this attempt is refused without checking the password. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        this("Too many failed logins from this address");
    }

    LoginThrottledException(String message) {
        super(message);
    }

    /** Too many failed logins for this username from this address: try again after a pause. */
    static final class SlowedDown extends LoginThrottledException {
        SlowedDown() {
            super("Too many failed logins for this username from this address");
        }
    }
}
