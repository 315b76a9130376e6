package se.sparbar.actionplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.actionplan.EffectKind;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.actionplan.LinkKind;
import se.sparbar.actionplan.PlanStatus;
import se.sparbar.actionplan.Recurrence;
import se.sparbar.actionplan.domain.ActionPlans;
import se.sparbar.actionplan.domain.ProgressReports;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.Csv;
import se.sparbar.shared.web.FormSubmission;
import se.sparbar.shared.web.PagerUrl;

/** Action items: the list across plans (filters, CSV), an item's page, and the clerk's forms. */
@Controller
class ActionItemController {

    static final int PAGE_SIZE = 50;

    private final ActionPlanQueries queries;
    private final ActionPlans plans;
    private final ProgressReports reports;
    private final MessageSource messages;
    private final Clock clock;

    ActionItemController(ActionPlanQueries queries, ActionPlans plans, ProgressReports reports, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.plans = plans;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/action-items")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String responsible,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                @RequestParam(required = false) Long plan, @RequestParam(required = false) String sort,
                @RequestParam(defaultValue = "0") int page, Authentication authentication, HttpServletRequest request, Model model) {
        ActionPlanQueries.ItemFilter filter = filter(status, responsible, dueBefore, plan, sort);
        model.addAttribute("pagerUrl", PagerUrl.of(request));
        model.addAttribute("result", queries.items(filter, Viewer.of(authentication).loggedIn(), Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "actionplan/items";
    }

    @GetMapping(value = "/action-items", params = "format=csv")
    void csv(@RequestParam(required = false) String status, @RequestParam(required = false) String responsible,
             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
             @RequestParam(required = false) Long plan, @RequestParam(required = false) String sort,
             Authentication authentication, Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "atgarder.csv");
        out.println(Csv.row(List.of("actionplan.plan", "actionitem.ordinal", "actionitem.title", "actionitem.responsible",
                "actionitem.timeline", "actionitem.dueOn", "actionitem.recurrence", "actionitem.nextDue", "actionitem.overdue",
                "actionitem.status", "actionitem.effectKind", "actionitem.planned", "actionitem.budgetYear", "actionitem.realised",
                "actionitem.latestReport").stream().map(k -> messages.getMessage(k, null, locale)).toArray()));
        LocalDate today = LocalDate.now(clock);
        String yes = messages.getMessage("actionitem.overdue.yes", null, locale);
        queries.eachItem(filter(status, responsible, dueBefore, plan, sort), Viewer.of(authentication).loggedIn(), row -> out.println(
                Csv.row(row.planTitle(), row.ordinal(), row.title(), row.responsibleText(), row.timelineText(), row.dueOn(),
                        messages.getMessage("recurrence." + row.recurrence(), null, locale), row.nextDueOn(),
                        row.isOverdue(today) ? yes : "", messages.getMessage("itemStatus." + row.status(), null, locale),
                        messages.getMessage("effectKind." + row.effectKind(), null, locale), plain(row.plannedAmount()),
                        row.budgetYear(), plain(row.realisedAmount()), row.latestReportOn())));
        out.flush();
    }

    static String plain(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @GetMapping("/action-items/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        ActionPlanQueries.ItemView item = queries.item(id).orElseThrow(() -> new NotFoundException("ActionItem", id));
        if (item.planStatus() == PlanStatus.DRAFT && !viewer.loggedIn()) {
            throw new NotFoundException("ActionItem", id);
        }
        model.addAttribute("item", item);
        model.addAttribute("reports", queries.reports(id));
        model.addAttribute("links", queries.links(id).stream().filter(l -> viewer.loggedIn() || l.targetPublic()).toList());
        model.addAttribute("viewer", viewer);
        model.addAttribute("mayReport", viewer.loggedIn() && (viewer.clerk() || viewer.official())
                && reports.mayReport(id, viewer.accountId(), viewer.clerk()) && !item.row().status().isClosed());
        model.addAttribute("today", LocalDate.now(clock));
        if (viewer.clerk()) {
            model.addAttribute("statuses", ItemStatus.values());
            model.addAttribute("linkKinds", LinkKind.values());
            model.addAttribute("paragraphs", queries.paragraphs());
        }
        return "actionplan/item";
    }

    @GetMapping({"/action-plans/{planId}/items/new", "/action-items/new"})
    @PreAuthorize("hasRole('CLERK')")
    String create(@PathVariable(required = false) Long planId, @RequestParam(required = false) Long paragraphId, Model model) {
        ItemForm form = new ItemForm();
        form.setPlanId(planId);
        if (paragraphId != null) {
            ActionPlanQueries.ParagraphOption paragraph = queries.paragraph(paragraphId)
                    .orElseThrow(() -> new NotFoundException("MinutesParagraph", paragraphId));
            form.setParagraphId(paragraph.id());
            form.setTitle(paragraph.title());
            model.addAttribute("paragraph", paragraph);
        }
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/action-items")
    @PreAuthorize("hasRole('CLERK')")
    String create(@Valid @ModelAttribute("form") ItemForm form, BindingResult errors, HttpServletResponse response, Model model,
                  Authentication authentication, RedirectAttributes redirect) {
        form.check(errors);
        long clerk = Viewer.of(authentication).accountId();
        Optional<Long> created = FormSubmission.submit(errors, response,
                () -> plans.addItem(form.getPlanId(), form.toDetails(), clerk, form.getParagraphId()));
        if (created.isEmpty()) {
            if (form.getParagraphId() != null) {
                queries.paragraph(form.getParagraphId()).ifPresent(p -> model.addAttribute("paragraph", p));
            }
            return form(model, null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action-items/" + created.get();
    }

    @GetMapping("/action-items/{id}/edit")
    @PreAuthorize("hasRole('CLERK')")
    String edit(@PathVariable long id, Model model) {
        ActionPlanQueries.ItemView item = find(id);
        model.addAttribute("form", ItemForm.of(item));
        return form(model, item);
    }

    @PostMapping("/action-items/{id}")
    @PreAuthorize("hasRole('CLERK')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ItemForm form, BindingResult errors,
                  HttpServletResponse response, Model model, Authentication authentication, RedirectAttributes redirect) {
        form.check(errors);
        long clerk = Viewer.of(authentication).accountId();
        if (!FormSubmission.attempt(errors, response, () -> plans.changeItem(id, form.toDetails(), clerk))) {
            return form(model, find(id));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action-items/" + id;
    }

    /** The clerk's status change (cancel, reopen, correct); refused with 409 on a cancelled item. */
    @PostMapping("/action-items/{id}/status")
    @PreAuthorize("hasRole('CLERK')")
    String status(@PathVariable long id, @RequestParam ItemStatus status, @RequestParam long version, RedirectAttributes redirect) {
        plans.changeStatus(id, status, version);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action-items/" + id;
    }

    @PostMapping("/action-items/{id}/links")
    @PreAuthorize("hasRole('CLERK')")
    String link(@PathVariable long id, @RequestParam LinkKind kind, @RequestParam(required = false) Long paragraphId,
                @RequestParam(required = false) String caseNumber, @RequestParam(required = false) String note,
                Authentication authentication, RedirectAttributes redirect) {
        Long caseId = null;
        if (paragraphId == null) {
            if (caseNumber == null || caseNumber.isBlank()) {
                redirect.addFlashAttribute("refused", "actionitem.link.missing");
                return "redirect:/action-items/" + id;
            }
            var found = queries.caseByNumber(caseNumber);
            if (found.isEmpty()) {
                redirect.addFlashAttribute("refused", "actionitem.link.noCase");
                return "redirect:/action-items/" + id;
            }
            caseId = found.get().id();
        }
        plans.link(id, kind, caseId, paragraphId, note, Viewer.of(authentication).accountId());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action-items/" + id;
    }

    private String form(Model model, ActionPlanQueries.ItemView item) {
        model.addAttribute("item", item);
        model.addAttribute("plans", queries.plans(true, LocalDate.now(clock)).stream()
                .filter(p -> p.status() != PlanStatus.CLOSED)
                .map(p -> new Option(p.id(), p.title())).toList());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("effectKinds", EffectKind.values());
        model.addAttribute("officials", queries.officials());
        return "actionplan/item-form";
    }

    /** A choice in a picker. */
    record Option(long id, String text) implements se.sparbar.shared.Labelled {
        @Override
        public String label() {
            return text;
        }
    }

    private ActionPlanQueries.ItemView find(long id) {
        return queries.item(id).orElseThrow(() -> new NotFoundException("ActionItem", id));
    }

    private static ActionPlanQueries.ItemFilter filter(String status, String responsible, LocalDate dueBefore, Long plan, String sort) {
        String checked = status == null || status.isBlank() ? null
                : "OPEN".equals(status) || "OVERDUE".equals(status) ? status
                : java.util.Arrays.stream(ItemStatus.values()).anyMatch(s -> s.name().equals(status)) ? status : null;
        return new ActionPlanQueries.ItemFilter(checked, responsible == null || responsible.isBlank() ? null : responsible.strip(),
                dueBefore, plan, "due".equals(sort) ? "due" : null);
    }
}
