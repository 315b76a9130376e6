package se.sparbar.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sparbar.audit.domain.SecurityEventRepository;
import se.sparbar.shared.web.Paging;

/** The administrator's view of logins and refused requests, newest first. */
@Controller
class SecurityEventController {

    private static final int PAGE_SIZE = 50;

    private final SecurityEventRepository events;

    SecurityEventController(SecurityEventRepository events) {
        this.events = events;
    }

    @GetMapping("/admin/security-events")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", events.findAllByOrderByOccurredAtDescIdDesc(Paging.of(page, PAGE_SIZE)));
        return "audit/security-events";
    }
}
