package se.sparbar.audit.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sparbar.audit.domain.EntityHistory;
import se.sparbar.audit.HistoryReadRule;
import se.sparbar.shared.NotFoundException;

/** The audit trail of one record. Restricted to administrators and clerks in the security rules. */
@Controller
class HistoryController {

    private final EntityHistory history;
    private final List<HistoryReadRule> rules;
    private final Clock clock;

    HistoryController(EntityHistory history, List<HistoryReadRule> rules, Clock clock) {
        this.history = history;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping("/history/{entityName}/{id}")
    String history(@PathVariable String entityName, @PathVariable long id, Authentication authentication, Locale locale,
                   Model model) {
        boolean refused = rules.stream().anyMatch(rule -> rule.entityNames().contains(entityName)
                && !rule.mayRead(entityName, id, authentication));
        if (refused) {
            throw new NotFoundException(entityName, id);
        }
        model.addAttribute("history", history.of(entityName, id, locale)
                .orElseThrow(() -> new NotFoundException(entityName, id)));
        model.addAttribute("zone", clock.getZone()); // times in the municipality's zone, whatever the server's
        return "audit/history";
    }
}
