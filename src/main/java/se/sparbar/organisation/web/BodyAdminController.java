package se.sparbar.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.domain.Bodies;
import se.sparbar.shared.web.FormSubmission;

@Controller
@RequestMapping("/admin/bodies")
class BodyAdminController {

    private final Bodies bodies;

    BodyAdminController(Bodies bodies) {
        this.bodies = bodies;
    }

    @ModelAttribute("bodyTypes")
    BodyType[] bodyTypes() {
        return BodyType.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("bodies", bodies.all());
        return "organisation/bodies/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new BodyForm());
        return "organisation/bodies/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") BodyForm form, BindingResult errors, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if (!FormSubmission.attempt(errors, response, () -> bodies.create(form.toDetails()))) {
            return "organisation/bodies/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/bodies";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var body = bodies.get(id);
        model.addAttribute("form", BodyForm.of(body));
        model.addAttribute("body", body);
        return "organisation/bodies/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") BodyForm form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.attempt(errors, response, () -> bodies.change(id, form.toDetails()))) {
            model.addAttribute("body", bodies.get(id));
            return "organisation/bodies/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/bodies";
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam boolean active, RedirectAttributes redirect) {
        bodies.setActive(id, active);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/bodies";
    }
}
