package se.sparbar.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.notification.domain.OutboxAdmin;
import se.sparbar.notification.domain.OutboxAdmin.Status;

/** The administrator's outbox: pending, sent and failed mail (with the reason), and resending a failed one. */
@Controller
class OutboxAdminController {

    private static final int PAGE_SIZE = 50;

    private final OutboxAdmin outbox;
    private final boolean demo;

    OutboxAdminController(OutboxAdmin outbox, org.springframework.core.env.Environment environment) {
        this.outbox = outbox;
        this.demo = environment.matchesProfiles("demo");
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(defaultValue = "0") String page, Model model) {
        Status chosen;
        try {
            chosen = Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            chosen = Status.PENDING;
        }
        int pageNumber;
        try {
            pageNumber = Integer.parseInt(page);
        } catch (NumberFormatException e) {
            pageNumber = 0;
        }
        model.addAttribute("demo", demo);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("result", outbox.page(chosen, pageNumber, PAGE_SIZE));
        return "notification/outbox";
    }

    @PostMapping("/admin/outbox/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        outbox.resend(id);
        redirect.addFlashAttribute("resent", true);
        return "redirect:/admin/outbox?status=FAILED";
    }
}
