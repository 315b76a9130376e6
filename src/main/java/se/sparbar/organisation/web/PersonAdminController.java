package se.sparbar.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
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
import se.sparbar.organisation.MembershipRole;
import se.sparbar.organisation.domain.Bodies;
import se.sparbar.organisation.domain.MembershipRow;
import se.sparbar.organisation.domain.Parties;
import se.sparbar.organisation.domain.People;
import se.sparbar.organisation.domain.PersonRow;
import se.sparbar.organisation.domain.UserAccounts;
import se.sparbar.shared.web.FormSubmission;
import se.sparbar.shared.web.PagerUrl;

@Controller
@RequestMapping("/admin/people")
class PersonAdminController {

    private static final int PAGE_SIZE = 50;

    private final People people;
    private final Parties parties;
    private final Bodies bodies;
    private final UserAccounts accounts;

    PersonAdminController(People people, Parties parties, Bodies bodies, UserAccounts accounts) {
        this.people = people;
        this.parties = parties;
        this.bodies = bodies;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        model.addAttribute("people", people.page(page, PAGE_SIZE));
        model.addAttribute("pagerUrl", PagerUrl.of(request));
        return "organisation/people/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new PersonForm());
        return personForm(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult errors, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        Optional<Long> created = FormSubmission.submit(errors, response, () -> people.create(form.toDetails()));
        if (created.isEmpty()) {
            return personForm(model, null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/people/" + created.get();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        PersonRow person = people.get(id);
        model.addAttribute("form", PersonForm.of(person));
        model.addAttribute("membershipForm", new MembershipForm());
        return personForm(model, person);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.attempt(errors, response, () -> people.change(id, form.toDetails()))) {
            model.addAttribute("membershipForm", new MembershipForm());
            return personForm(model, people.get(id));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/{id}/memberships")
    String addMembership(@PathVariable long id, @Valid @ModelAttribute("membershipForm") MembershipForm form,
                         BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        PersonRow person = people.get(id);
        form.checkTerm(errors);
        if (!FormSubmission.attempt(errors, response, () -> people.addMembership(id, form.toDetails()))) {
            model.addAttribute("form", PersonForm.of(person));
            return personForm(model, person);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/people/" + id;
    }

    @GetMapping("/{id}/memberships/{membershipId}")
    String editMembership(@PathVariable long id, @PathVariable long membershipId, Model model) {
        MembershipRow membership = people.membership(id, membershipId);
        model.addAttribute("membershipForm", MembershipForm.of(membership));
        return membershipForm(model, membership);
    }

    @PostMapping("/{id}/memberships/{membershipId}")
    String updateMembership(@PathVariable long id, @PathVariable long membershipId,
                            @Valid @ModelAttribute("membershipForm") MembershipForm form, BindingResult errors,
                            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        MembershipRow membership = people.membership(id, membershipId);
        form.checkTerm(errors);
        if (!FormSubmission.attempt(errors, response, () -> people.changeMembership(id, membershipId, form.toDetails()))) {
            return membershipForm(model, membership);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/people/" + id;
    }

    private String personForm(Model model, PersonRow person) {
        model.addAttribute("person", person);
        model.addAttribute("parties", parties.all());
        model.addAttribute("accounts", accounts.all());
        if (person != null) {
            model.addAttribute("memberships", people.memberships(person.id()));
            model.addAttribute("bodies", bodies.active());
            model.addAttribute("membershipRoles", MembershipRole.values());
        }
        return "organisation/people/form";
    }

    private String membershipForm(Model model, MembershipRow membership) {
        model.addAttribute("membership", membership);
        model.addAttribute("person", people.get(membership.personId()));
        model.addAttribute("bodies", bodies.all());
        model.addAttribute("membershipRoles", MembershipRole.values());
        return "organisation/people/membership";
    }
}
