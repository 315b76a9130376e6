package se.sparbar.browser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only: a page that fails, to show that a failure never reaches the user as a stack trace. */
@Controller
class FailingEndpoint {

    static final String PATH = "/test-only/failure";
    static final String SECRET = "connection string with a password";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
