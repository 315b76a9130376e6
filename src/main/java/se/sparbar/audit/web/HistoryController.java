package se.sparbar.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sparbar.audit.EntityHistory;
import se.sparbar.shared.NotFoundException;

/** The audit trail of one record. Restricted to administrators and clerks in the security rules. */
@Controller
class HistoryController {

    private final EntityHistory history;

    HistoryController(EntityHistory history) {
        this.history = history;
    }

    @GetMapping("/history/{entityName}/{id}")
    String history(@PathVariable String entityName, @PathVariable long id, Model model) {
        model.addAttribute("history", history.of(entityName, id)
                .orElseThrow(() -> new NotFoundException(entityName, id)));
        return "audit/history";
    }
}
