package se.sparbar.organisation.web;

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
import se.sparbar.organisation.People;
import se.sparbar.organisation.domain.BodyRepository;
import se.sparbar.organisation.domain.Membership;
import se.sparbar.organisation.domain.MembershipRepository;
import se.sparbar.organisation.domain.PartyRepository;
import se.sparbar.organisation.domain.Person;
import se.sparbar.organisation.domain.PersonRepository;
import se.sparbar.organisation.domain.UserAccountRepository;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.FormSubmission;
import se.sparbar.shared.web.Paging;

@Controller
@RequestMapping("/admin/people")
class PersonAdminController {

    private static final int PAGE_SIZE = 50;

    private final People people;
    private final PersonRepository repository;
    private final MembershipRepository memberships;
    private final PartyRepository parties;
    private final BodyRepository bodies;
    private final UserAccountRepository accounts;

    PersonAdminController(People people, PersonRepository repository, MembershipRepository memberships,
                          PartyRepository parties, BodyRepository bodies, UserAccountRepository accounts) {
        this.people = people;
        this.repository = repository;
        this.memberships = memberships;
        this.parties = parties;
        this.bodies = bodies;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("people", repository.findPage(Paging.of(page, PAGE_SIZE)));
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
        Person person = find(id);
        model.addAttribute("form", PersonForm.of(person));
        model.addAttribute("membershipForm", new MembershipForm());
        return personForm(model, person);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.attempt(errors, response, () -> people.change(id, form.toDetails()))) {
            model.addAttribute("membershipForm", new MembershipForm());
            return personForm(model, find(id));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/{id}/memberships")
    String addMembership(@PathVariable long id, @Valid @ModelAttribute("membershipForm") MembershipForm form,
                         BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Person person = find(id);
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
        Membership membership = findMembership(id, membershipId);
        model.addAttribute("membershipForm", MembershipForm.of(membership));
        return membershipForm(model, membership);
    }

    @PostMapping("/{id}/memberships/{membershipId}")
    String updateMembership(@PathVariable long id, @PathVariable long membershipId,
                            @Valid @ModelAttribute("membershipForm") MembershipForm form, BindingResult errors,
                            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Membership membership = findMembership(id, membershipId);
        form.checkTerm(errors);
        if (!FormSubmission.attempt(errors, response, () -> people.changeMembership(id, membershipId, form.toDetails()))) {
            return membershipForm(model, membership);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/people/" + id;
    }

    private String personForm(Model model, Person person) {
        model.addAttribute("person", person);
        model.addAttribute("parties", parties.findAllByOrderByAbbreviation());
        model.addAttribute("accounts", accounts.findAllByOrderByDisplayName());
        if (person != null) {
            model.addAttribute("memberships", memberships.findByPerson(person.getId()));
            model.addAttribute("bodies", bodies.findByActiveTrueOrderByName());
            model.addAttribute("membershipRoles", MembershipRole.values());
        }
        return "organisation/people/form";
    }

    private String membershipForm(Model model, Membership membership) {
        model.addAttribute("membership", membership);
        model.addAttribute("person", membership.getPerson());
        model.addAttribute("bodies", bodies.findAllByOrderByName());
        model.addAttribute("membershipRoles", MembershipRole.values());
        return "organisation/people/membership";
    }

    private Person find(long id) {
        return repository.findWithPartyById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    private Membership findMembership(long personId, long membershipId) {
        return memberships.findOfPerson(personId, membershipId)
                .orElseThrow(() -> new NotFoundException("Membership", membershipId));
    }
}
