package se.sparbar.organisation.web;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.organisation.AccountId;
import se.sparbar.organisation.domain.UserAccounts;

/** Every logged-in user's own account: changing their password. */
@Controller
class AccountController {

    private final UserAccounts accounts;

    AccountController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String password(Model model) {
        model.addAttribute("form", new OwnPasswordForm());
        return "organisation/account/password";
    }

    @PostMapping("/account/password")
    String password(@Valid @ModelAttribute("form") OwnPasswordForm form, BindingResult errors, Authentication authentication,
                    RedirectAttributes redirect) {
        form.checkRepeated(errors);
        if (!errors.hasErrors() && !accounts.changeOwnPassword(AccountId.of(authentication), form.getCurrentPassword(), form.getNewPassword())) {
            errors.rejectValue("currentPassword", "account.password.wrong");
        }
        if (errors.hasErrors()) {
            form.clear();
            return "organisation/account/password";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/dashboard";
    }
}
