package se.sparbar.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.mail.MailException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sparbar.notification.domain.Subscriptions;
import se.sparbar.notification.domain.Subscriptions.Frequency;
import se.sparbar.notification.domain.Subscriptions.TargetKind;
import se.sparbar.organisation.AccountContact;
import se.sparbar.organisation.AccountId;
import se.sparbar.organisation.AccountContacts;

/** Anyone follows a case, a body, a person or a search by e-mail; confirms by a link; leaves with one click. */
@Controller
class FollowController {

    private final Subscriptions subscriptions;
    private final AccountContacts accounts;

    FollowController(Subscriptions subscriptions, AccountContacts accounts) {
        this.subscriptions = subscriptions;
        this.accounts = accounts;
    }

    @ModelAttribute("frequencies")
    Frequency[] frequencies() {
        return Frequency.values();
    }

    @GetMapping("/follow")
    String form(@RequestParam(required = false) String kind, @RequestParam(required = false) String id,
                @RequestParam(required = false) String q, Authentication authentication, Model model, HttpServletResponse response) {
        FollowForm form = new FollowForm();
        form.setKind(parseKind(kind));
        form.setTargetId(parseId(id));
        form.setSearchText(q == null || q.length() > 200 ? null : q);
        own(authentication).map(AccountContact::email).ifPresent(form::setEmail);
        Optional<String> label = form.getKind() == null ? Optional.empty()
                : subscriptions.label(form.getKind(), form.getTargetId(), form.getSearchText());
        if (label.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "error/404";
        }
        model.addAttribute("form", form);
        model.addAttribute("label", label.get());
        return "notification/follow";
    }

    @PostMapping("/follow")
    String follow(@Valid @ModelAttribute("form") FollowForm form, BindingResult errors, Authentication authentication,
                  Locale locale, Model model, HttpServletResponse response) {
        form.check(errors);
        Optional<String> label = form.getKind() == null ? Optional.empty()
                : subscriptions.label(form.getKind(), form.getTargetId(), form.getSearchText());
        if (label.isEmpty() && !errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "error/404";
        }
        model.addAttribute("label", label.orElse(""));
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "notification/follow";
        }
        Optional<AccountContact> me = own(authentication);
        boolean ownAddress = me.map(AccountContact::email).filter(e -> e.equalsIgnoreCase(form.getEmail())).isPresent();
        String language = Locale.forLanguageTag(locale.getLanguage()).getLanguage();
        try {
            subscriptions.subscribe(new Subscriptions.Request(form.getKind(), form.getTargetId(), form.getSearchText(), form.getEmail(),
                    form.getFrequency(), java.util.Set.of("sv", "en", "fi").contains(language) ? language : "sv",
                    me.map(AccountContact::id).orElse(null), ownAddress));
        } catch (MailException e) {
            errors.reject("notification.mail.unavailable");
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return "notification/follow";
        }
        model.addAttribute("confirmedAtOnce", ownAddress);
        return "notification/follow-sent";
    }

    @GetMapping("/follow/confirm")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<String> label = subscriptions.confirm(token);
        if (label.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("messageKey", "notification.token.invalid");
            return "notification/token";
        }
        model.addAttribute("label", label.get());
        return "notification/confirmed";
    }

    @GetMapping("/unsubscribe")
    String unsubscribePage(@RequestParam(required = false) String token, Model model) {
        Optional<String> label = subscriptions.findByUnsubscribeToken(token);
        if (label.isEmpty()) {
            // unknown or already used: nothing to stop, and that is fine
            model.addAttribute("messageKey", "notification.unsubscribed.already");
            return "notification/token";
        }
        model.addAttribute("label", label.get());
        model.addAttribute("token", token);
        return "notification/unsubscribe";
    }

    /** The one-click unsubscribe (RFC 8058): the token is the permission, so no CSRF token is asked for. */
    @PostMapping("/unsubscribe")
    String unsubscribe(@RequestParam(required = false) String token, Model model) {
        subscriptions.unsubscribe(token);
        model.addAttribute("messageKey", "notification.unsubscribed");
        return "notification/token";
    }

    private Optional<AccountContact> own(Authentication authentication) {
        var id = AccountId.ofOptional(authentication);
        return id.isPresent() ? accounts.contact(id.getAsLong()) : Optional.empty();
    }

    private static TargetKind parseKind(String kind) {
        try {
            return kind == null ? null : TargetKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long parseId(String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
