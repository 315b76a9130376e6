package se.sparbar.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
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
import se.sparbar.organisation.Role;
import se.sparbar.organisation.domain.UserAccounts;
import se.sparbar.organisation.domain.UserRow;
import se.sparbar.shared.web.PagerUrl;
import se.sparbar.shared.web.FormSubmission;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int PAGE_SIZE = 50;

    private final UserAccounts accounts;

    UserAdminController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("languages")
    java.util.List<String> languages() {
        return java.util.List.of("sv", "en", "fi");
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        model.addAttribute("users", accounts.page(page, PAGE_SIZE));
        model.addAttribute("pagerUrl", PagerUrl.of(request));
        return "organisation/users/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new UserForm());
        return "organisation/users/form";
    }

    @PostMapping
    String create(@Validated({Default.class, UserForm.New.class}) @ModelAttribute("form") UserForm form, BindingResult errors, HttpServletResponse response,
                  RedirectAttributes redirect) {
        String password = form.getPassword();
        if (password == null || password.length() < UserForm.MIN_PASSWORD_LENGTH) {
            errors.rejectValue("password", "user.password.tooShort", new Object[] {UserForm.MIN_PASSWORD_LENGTH}, null);
        }
        if (!FormSubmission.attempt(errors, response, () -> {
            long id = accounts.create(form.toNewAccount());
            accounts.setEmail(id, form.getEmail());
            accounts.setLanguage(id, form.getLanguage());
        })) {
            form.setPassword(null);
            return "organisation/users/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserRow account = accounts.get(id);
        model.addAttribute("form", UserForm.of(account));
        model.addAttribute("account", account);
        model.addAttribute("passwordForm", new PasswordForm());
        return "organisation/users/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        UserRow account = accounts.get(id);
        // the username cannot change: the form shows it read-only, and a forged value is ignored
        form.setUsername(account.username());
        if (!FormSubmission.attempt(errors, response, () -> accounts.change(id, form.toChange(), form.getEmail(), form.getLanguage()))) {
            model.addAttribute("account", account);
            model.addAttribute("passwordForm", new PasswordForm());
            return "organisation/users/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String setPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        UserRow account = accounts.get(id);
        if (errors.hasErrors()) {
            model.addAttribute("account", account);
            model.addAttribute("form", UserForm.of(account));
            return "organisation/users/form";
        }
        accounts.setPassword(id, form.getPassword());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, Authentication authentication,
                     RedirectAttributes redirect) {
        UserRow account = accounts.get(id);
        if (!active && account.username().equals(authentication.getName())) {
            redirect.addFlashAttribute("refused", "user.deactivate.self");
            return "redirect:/admin/users/" + id;
        }
        if (active) {
            accounts.activate(id);
        } else {
            accounts.deactivate(id);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users";
    }

}
