package se.sparbar.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sparbar.audit.domain.SecurityEvents;
import se.sparbar.shared.web.PagerUrl;

/** The administrator's view of logins and refused requests, newest first. */
@Controller
class SecurityEventController {

    private static final int PAGE_SIZE = 50;

    private final SecurityEvents events;

    SecurityEventController(SecurityEvents events) {
        this.events = events;
    }

    @GetMapping("/admin/security-events")
    String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        model.addAttribute("events", events.page(page, PAGE_SIZE));
        model.addAttribute("pagerUrl", PagerUrl.of(request));
        return "audit/security-events";
    }
}
