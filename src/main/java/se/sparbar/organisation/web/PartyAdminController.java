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
import se.sparbar.organisation.domain.Parties;
import se.sparbar.shared.web.FormSubmission;

@Controller
@RequestMapping("/admin/parties")
class PartyAdminController {

    private final Parties parties;

    PartyAdminController(Parties parties) {
        this.parties = parties;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("parties", parties.all());
        return "organisation/parties/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new PartyForm());
        return "organisation/parties/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PartyForm form, BindingResult errors, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if (!FormSubmission.attempt(errors, response, () -> parties.create(form.toDetails()))) {
            return "organisation/parties/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/parties";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var party = parties.get(id);
        model.addAttribute("form", PartyForm.of(party));
        model.addAttribute("party", party);
        return "organisation/parties/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PartyForm form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.attempt(errors, response, () -> parties.change(id, form.toDetails()))) {
            model.addAttribute("party", parties.get(id));
            return "organisation/parties/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/parties";
    }
}
