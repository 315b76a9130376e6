package se.sparbar.dashboard;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page, and each logged-in user's dashboard with one section per role held. */
@Controller
class DashboardController {

    @GetMapping("/")
    String home() {
        return "dashboard/home";
    }

    @GetMapping("/dashboard")
    String dashboard(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "redirect:/login";
        }
        return "dashboard/dashboard";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "dashboard/accessibility";
    }
}
