package se.sparbar.referral.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.files.AttachedFiles;
import se.sparbar.organisation.AccountId;
import se.sparbar.organisation.Directory;
import se.sparbar.referral.ReferralView;
import se.sparbar.referral.Referrals;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.Cases;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.FormSubmission;

/**
 * A clerk records the statement (yttrande) a body gave on a referral, for a case of any type — a
 * motion, an audit report, an administrative case — with its decision basis as PDFs (seed 002).
 */
@Controller
@PreAuthorize("hasRole('CLERK')")
class CaseStatementController {

    private static final String PATH = "/cases/{id:\\d{1,18}}/referrals/{referralId:\\d{1,18}}/statement";

    private final Cases cases;
    private final Referrals referrals;
    private final Directory directory;
    private final AttachedFiles files;

    CaseStatementController(Cases cases, Referrals referrals, Directory directory, AttachedFiles files) {
        this.files = files;
        this.cases = cases;
        this.referrals = referrals;
        this.directory = directory;
    }

    @GetMapping(PATH)
    String form(@PathVariable long id, @PathVariable long referralId, @RequestParam(required = false) String back, Model model) {
        ReferralView referral = referralOf(id, referralId);
        StatementForm form = referral.statement().map(StatementForm::of).orElseGet(StatementForm::new);
        form.setBack(back);
        form.pad();
        model.addAttribute("form", form);
        return page(model, id, referral);
    }

    @PostMapping(PATH)
    String record(@PathVariable long id, @PathVariable long referralId, @Valid @ModelAttribute("form") StatementForm form,
                  BindingResult errors, Authentication authentication, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        ReferralView referral = referralOf(id, referralId);
        form.checkRows(errors, files);
        if (!FormSubmission.attempt(errors, response,
                () -> referrals.recordStatement(id, referralId, form.toDetails(), form.uploads(), AccountId.of(authentication)))) {
            form.pad();
            return page(model, id, referral);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + (form.getBack() != null ? form.getBack() : "/cases/" + id) + "#referral-" + referralId;
    }

    private ReferralView referralOf(long caseId, long referralId) {
        return referrals.referral(referralId).filter(r -> r.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("Referral", referralId));
    }

    private String page(Model model, long caseId, ReferralView referral) {
        CaseSummary summary = cases.find(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
        model.addAttribute("caseSummary", summary);
        model.addAttribute("referral", referral);
        model.addAttribute("body", directory.body(referral.bodyId()).orElseThrow());
        return "referral/statement";
    }
}
