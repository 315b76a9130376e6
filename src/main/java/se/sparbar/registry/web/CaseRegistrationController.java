package se.sparbar.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.organisation.AccountId;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.CaseType;
import se.sparbar.registry.Cases;
import se.sparbar.registry.NewCase;
import se.sparbar.shared.web.FormSubmission;

/** A clerk registers an incoming document of any kind but a motion (motions are filed by councillors) as a new case, with its files. */
@Controller
@PreAuthorize("hasRole('CLERK')")
class CaseRegistrationController {

    private final Cases cases;
    private final Directory directory;
    private final Clock clock;

    CaseRegistrationController(Cases cases, Directory directory, Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The form's texts reach its setters as typed, where a NUL character is dropped and the rest of
     * the text kept (issue 9's intake rule), instead of the application-wide refusal of NUL.
     */
    @org.springframework.web.bind.annotation.InitBinder("form")
    void keepTextsForTheirSetters(org.springframework.web.bind.WebDataBinder binder) {
        for (String field : new String[] {"title", "sender", "summary"}) {
            binder.registerCustomEditor(String.class, field, new java.beans.PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    setValue(text);
                }
            });
        }
    }

    @GetMapping("/cases/new")
    String form(Model model) {
        model.addAttribute("form", ReceiptForm.receivedToday(new Form(), clock));
        return page(model);
    }

    @PostMapping("/cases")
    String register(@Valid @ModelAttribute("form") Form form, BindingResult errors, Authentication authentication,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        BodyRef body = form.getOwnerBodyId() == null ? null : directory.body(form.getOwnerBodyId()).orElse(null);
        if (form.getOwnerBodyId() != null && body == null) {
            errors.rejectValue("ownerBodyId", "case.register.unknownBody");
        }
        List<se.sparbar.files.AttachedFiles.NewFile> uploads = form.checkReceipt(errors, clock);
        Optional<CaseSummary> registered = FormSubmission.submit(errors, response, () -> cases.registerIncoming(new NewCase(form.getType(),
                form.getTitle(), form.getSummary(), form.getSender(), form.getReceivedOn(), body.id(),
                body.abbreviation().toUpperCase(Locale.ROOT), AccountId.of(authentication)), uploads));
        if (registered.isEmpty()) {
            return page(model);
        }
        redirect.addFlashAttribute("registered", registered.get().caseNumber());
        return "redirect:/cases/" + registered.get().id();
    }

    private String page(Model model) {
        model.addAttribute("types", Arrays.stream(CaseType.values()).filter(t -> t != CaseType.MOTION).toList());
        model.addAttribute("bodies", directory.activeBodies());
        return "registry/register";
    }

    /** What registration records: type, title, sender, date received, a short summary, and the body whose series numbers it. */
    public static class Form extends ReceiptForm {
        @NotNull
        private CaseType type;
        @NotBlank
        @Size(max = 300)
        private String title;
        @NotNull
        private Long ownerBodyId;

        public CaseType getType() { return type; }
        public void setType(CaseType type) { this.type = type; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = clean(title); }
        public Long getOwnerBodyId() { return ownerBodyId; }
        public void setOwnerBodyId(Long ownerBodyId) { this.ownerBodyId = ownerBodyId; }
    }
}
