package se.sparbar.referral.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.organisation.AccountId;
import se.sparbar.organisation.Directory;
import se.sparbar.referral.Referrals;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.CaseType;
import se.sparbar.registry.Cases;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.FormSubmission;

/**
 * A clerk refers any registered case for statements. A motion is referred from its own page, where
 * the referral also moves the motion on (Motions.refer).
 */
@Controller
@PreAuthorize("hasRole('CLERK')")
class CaseReferralController {

    private final Cases cases;
    private final Referrals referrals;
    private final Directory directory;
    private final Clock clock;

    CaseReferralController(Cases cases, Referrals referrals, Directory directory, Clock clock) {
        this.cases = cases;
        this.referrals = referrals;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/cases/{id:\\d{1,18}}/referrals/new")
    String form(@PathVariable long id, Model model) {
        Form form = new Form();
        form.setDueOn(LocalDate.now(clock).plusMonths(2));
        model.addAttribute("form", form);
        return page(model, caseOf(id));
    }

    @PostMapping("/cases/{id:\\d{1,18}}/referrals")
    String refer(@PathVariable long id, @Valid @ModelAttribute("form") Form form, BindingResult errors, Authentication authentication,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        CaseSummary summary = caseOf(id);
        LocalDate today = LocalDate.now(clock);
        if (form.getDueOn() != null && form.getDueOn().isBefore(today)) {
            errors.rejectValue("dueOn", "referral.dueOn.past");
        }
        var known = directory.bodies(form.getBodyIds());
        if (known.size() != form.getBodyIds().size()) {
            errors.rejectValue("bodyIds", "case.register.unknownBody");
        }
        if (!FormSubmission.attempt(errors, response,
                () -> referrals.send(id, form.getBodyIds(), today, form.getDueOn(), AccountId.of(authentication)))) {
            return page(model, summary);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/cases/" + id + "#referrals-heading";
    }

    private CaseSummary caseOf(long id) {
        CaseSummary summary = cases.find(id).orElseThrow(() -> new NotFoundException("Case", id));
        if (summary.type() == CaseType.MOTION) {
            throw new NotFoundException("Case", id); // a motion is referred from its page (/motions/{id})
        }
        return summary;
    }

    private String page(Model model, CaseSummary summary) {
        model.addAttribute("caseSummary", summary);
        model.addAttribute("bodies", directory.activeBodies());
        return "referral/refer";
    }

    public static class Form {
        @NotEmpty
        private Set<Long> bodyIds = new HashSet<>();
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;

        public Set<Long> getBodyIds() { return bodyIds; }
        public void setBodyIds(Set<Long> bodyIds) { this.bodyIds = bodyIds == null ? new HashSet<>() : bodyIds; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    }
}
