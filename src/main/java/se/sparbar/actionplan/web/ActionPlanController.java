package se.sparbar.actionplan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.actionplan.PlanStatus;
import se.sparbar.actionplan.domain.ActionPlans;
import se.sparbar.organisation.Directory;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.FormSubmission;

/** Action plans: anyone reads adopted plans; clerks write them, also starting from a decision's paragraph. */
@Controller
@RequestMapping("/action-plans")
class ActionPlanController {

    private final ActionPlanQueries queries;
    private final ActionPlans plans;
    private final Directory directory;
    private final Clock clock;

    ActionPlanController(ActionPlanQueries queries, ActionPlans plans, Directory directory, Clock clock) {
        this.queries = queries;
        this.plans = plans;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("plans", queries.plans(viewer.loggedIn(), LocalDate.now(clock)));
        return "actionplan/plans";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        ActionPlanQueries.PlanView plan = visible(id, viewer);
        model.addAttribute("plan", plan);
        model.addAttribute("items", queries.itemsOfPlan(id));
        model.addAttribute("viewer", viewer);
        model.addAttribute("today", LocalDate.now(clock));
        return "actionplan/plan";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('CLERK')")
    String create(@RequestParam(required = false) Long paragraphId, Model model) {
        PlanForm form = new PlanForm();
        if (paragraphId != null) {
            // started from the decision that adopts the plan
            ActionPlanQueries.ParagraphOption paragraph = queries.paragraph(paragraphId)
                    .orElseThrow(() -> new NotFoundException("MinutesParagraph", paragraphId));
            form.setTitle(paragraph.title());
            form.setOwnerBodyId(paragraph.bodyId());
            form.setAdoptedByParagraphId(paragraph.id());
            form.setAdoptedReference(paragraph.reference());
            form.setAdoptedOn(paragraph.decidedOn());
            if (paragraph.decidedOn() != null) {
                form.setPeriodFrom(paragraph.decidedOn());
                form.setPeriodTo(paragraph.decidedOn().plusYears(3));
            }
        }
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasRole('CLERK')")
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        form.check(errors);
        Optional<Long> created = FormSubmission.submit(errors, response, () -> plans.createPlan(form.toDetails()));
        if (created.isEmpty()) {
            return form(model, null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action-plans/" + created.get();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('CLERK')")
    String edit(@PathVariable long id, Model model) {
        ActionPlanQueries.PlanView plan = find(id);
        model.addAttribute("form", PlanForm.of(plan));
        return form(model, plan);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('CLERK')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        form.check(errors);
        if (!FormSubmission.attempt(errors, response, () -> plans.changePlan(id, form.toDetails()))) {
            return form(model, find(id));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action-plans/" + id;
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('CLERK')")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        plans.closePlan(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action-plans/" + id;
    }

    private String form(Model model, ActionPlanQueries.PlanView plan) {
        model.addAttribute("plan", plan);
        model.addAttribute("bodies", directory.activeBodies());
        model.addAttribute("paragraphs", queries.paragraphs());
        return "actionplan/plan-form";
    }

    private ActionPlanQueries.PlanView visible(long id, Viewer viewer) {
        ActionPlanQueries.PlanView plan = find(id);
        if (plan.status() == PlanStatus.DRAFT && !viewer.loggedIn()) {
            throw new NotFoundException("ActionPlan", id);
        }
        return plan;
    }

    private ActionPlanQueries.PlanView find(long id) {
        return queries.plan(id).orElseThrow(() -> new NotFoundException("ActionPlan", id));
    }
}
