package se.sparbar.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins: this attempt is refused without checking the password. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed logins");
    }
}
