package se.sparbar.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.mail.MailException;
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
import se.sparbar.notification.domain.EmailChanges;
import se.sparbar.notification.domain.Subscriptions;
import se.sparbar.notification.domain.Subscriptions.Frequency;
import se.sparbar.organisation.AccountContact;
import se.sparbar.organisation.AccountId;
import se.sparbar.organisation.AccountContacts;
import se.sparbar.shared.NotFoundException;

/** A logged-in user's address, mail language and everything they follow, on one page. */
@Controller
class AccountNotificationsController {

    private final Subscriptions subscriptions;
    private final EmailChanges emailChanges;
    private final AccountContacts accounts;

    AccountNotificationsController(Subscriptions subscriptions, EmailChanges emailChanges, AccountContacts accounts) {
        this.subscriptions = subscriptions;
        this.emailChanges = emailChanges;
        this.accounts = accounts;
    }

    @ModelAttribute("frequencies")
    Frequency[] frequencies() {
        return Frequency.values();
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return List.of("sv", "en", "fi");
    }

    @GetMapping("/account/subscriptions")
    String page(Authentication authentication, Model model) {
        AccountContact me = me(authentication);
        EmailForm form = new EmailForm();
        form.setEmail(me.email());
        form.setLanguage(me.language());
        model.addAttribute("form", form);
        return show(me, model);
    }

    private String show(AccountContact me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("subscriptions", subscriptions.ofAccount(me.id(), me.email()));
        return "notification/subscriptions";
    }

    @PostMapping("/account/email")
    String changeEmail(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors, Authentication authentication,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccountContact me = me(authentication);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(me, model);
        }
        if (!form.getLanguage().equals(me.language())) {
            accounts.setLanguage(me.id(), form.getLanguage());
        }
        if (!form.getEmail().equalsIgnoreCase(me.email() == null ? "" : me.email())) {
            try {
                emailChanges.request(me.id(), form.getEmail(), form.getLanguage());
            } catch (MailException e) {
                errors.reject("notification.mail.unavailable");
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return show(me, model);
            }
            redirect.addFlashAttribute("emailSent", form.getEmail());
        } else {
            redirect.addFlashAttribute("saved", true);
        }
        return "redirect:/account/subscriptions";
    }

    /** Opened from the mail, perhaps in another browser: the token is the permission. */
    @GetMapping("/account/email/confirm")
    String confirmEmail(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<String> email = emailChanges.confirm(token);
        if (email.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("messageKey", "notification.token.invalid");
        } else {
            model.addAttribute("messageKey", "notification.email.confirmed");
        }
        return "notification/token";
    }

    @PostMapping("/account/subscriptions/{id}/frequency")
    String frequency(@PathVariable long id, @RequestParam Frequency frequency, Authentication authentication,
                     RedirectAttributes redirect) {
        AccountContact me = me(authentication);
        if (!subscriptions.changeFrequency(me.id(), me.email(), id, frequency)) {
            throw new NotFoundException("Subscription", id);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account/subscriptions";
    }

    @PostMapping("/account/subscriptions/{id}/unsubscribe")
    String unsubscribe(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        AccountContact me = me(authentication);
        // only one's own: the token is looked up among the user's subscriptions, never taken from the request
        subscriptions.ofAccount(me.id(), me.email()).stream().filter(s -> s.id() == id).findFirst()
                .ifPresent(s -> subscriptions.unsubscribe(s.unsubscribeToken()));
        redirect.addFlashAttribute("unsubscribed", true);
        return "redirect:/account/subscriptions";
    }

    private AccountContact me(Authentication authentication) {
        long id = AccountId.of(authentication);
        return accounts.contact(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
    }
}
