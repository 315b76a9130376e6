package se.sparbar.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.motion.MotionQueries;
import se.sparbar.organisation.AccountId;
import se.sparbar.organisation.Directory;
import se.sparbar.shared.web.CurrentUser;

/** The public front page, and each logged-in user's dashboard with one section per role held. */
@Controller
class DashboardController {

    /** Motions whose deadline is this close are listed for the clerk before it passes. */
    static final int DEADLINE_WARNING_DAYS = 60;

    private final MotionQueries motions;
    private final Directory directory;
    private final ActionPlanQueries actionItems;
    private final Clock clock;

    DashboardController(MotionQueries motions, Directory directory, ActionPlanQueries actionItems, Clock clock) {
        this.motions = motions;
        this.actionItems = actionItems;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(Authentication authentication, Model model) {
        if (!CurrentUser.isLoggedIn(authentication)) {
            return "redirect:/login";
        }
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        if (roles.contains("ROLE_COUNCILLOR")) {
            long accountId = AccountId.of(authentication);
            model.addAttribute("myMotions", motions.filedBy(accountId));
            model.addAttribute("invitations", directory.personOfAccount(accountId)
                    .map(person -> motions.invitationsFor(person.id())).orElse(List.of()));
        }
        if (roles.contains("ROLE_CLERK")) {
            model.addAttribute("inbox", motions.inbox());
            model.addAttribute("nearDeadline", motions.nearDeadline(today, DEADLINE_WARNING_DAYS));
            model.addAttribute("overdueReferrals", motions.overdueReferrals(today));
        }
        if (roles.contains("ROLE_OFFICIAL")) {
            model.addAttribute("myItems", actionItems.myItems(AccountId.of(authentication)));
        }
        return "dashboard/dashboard";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "dashboard/accessibility";
    }
}
