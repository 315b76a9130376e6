package se.sparbar.actionplan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.actionplan.domain.ProgressReports;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.RefusedException;
import se.sparbar.shared.web.FormSubmission;

/**
 * An official's progress report on an item they are responsible for (assigned, or by job title);
 * clerks may report on any item. Anyone else gets 403, also when they post directly.
 */
@Controller
@RequestMapping("/action-items/{id}/reports")
@PreAuthorize("hasAnyRole('OFFICIAL', 'CLERK')")
class ProgressReportController {

    private final ActionPlanQueries queries;
    private final ProgressReports reports;
    private final Clock clock;

    ProgressReportController(ActionPlanQueries queries, ProgressReports reports, Clock clock) {
        this.queries = queries;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/new")
    String form(@PathVariable long id, Authentication authentication, Model model) {
        ActionPlanQueries.ItemView item = responsibleFor(id, Viewer.of(authentication));
        if (item.row().status().isClosed()) {
            throw new RefusedException(item.row().status() == ItemStatus.CANCELLED ? "actionitem.refused.cancelled" : "actionitem.refused.done");
        }
        ReportForm form = new ReportForm();
        form.setReportedOn(LocalDate.now(clock));
        form.setStatus(item.row().status());
        form.setItemVersion(item.row().version());
        model.addAttribute("form", form);
        return page(model, item);
    }

    @PostMapping
    String report(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult errors,
                  HttpServletResponse response, Authentication authentication, Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        ActionPlanQueries.ItemView item = responsibleFor(id, viewer);
        form.check(errors, LocalDate.now(clock));
        if (!FormSubmission.attempt(errors, response, () -> reports.report(id, viewer.accountId(), viewer.clerk(), form.toReport()))) {
            model.addAttribute("reloadUrl", "/action-items/" + id + "/reports/new");
            return page(model, queries.item(id).orElse(item));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action-items/" + id;
    }

    private String page(Model model, ActionPlanQueries.ItemView item) {
        model.addAttribute("item", item);
        model.addAttribute("statuses", ItemStatus.REPORTABLE);
        model.addAttribute("latest", queries.reports(item.row().id()).stream().findFirst().orElse(null));
        return "actionplan/report-form";
    }

    private ActionPlanQueries.ItemView responsibleFor(long id, Viewer viewer) {
        ActionPlanQueries.ItemView item = queries.item(id).orElseThrow(() -> new NotFoundException("ActionItem", id));
        if (!reports.mayReport(id, viewer.accountId(), viewer.clerk())) {
            throw new AccessDeniedException("Not responsible for action item " + id);
        }
        return item;
    }
}
