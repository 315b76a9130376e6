package se.sparbar.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
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
        Form form = new Form();
        form.setReceivedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping("/cases")
    String register(@Valid @ModelAttribute("form") Form form, BindingResult errors, Authentication authentication,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        BodyRef body = form.getOwnerBodyId() == null ? null : directory.body(form.getOwnerBodyId()).orElse(null);
        if (form.getOwnerBodyId() != null && body == null) {
            errors.rejectValue("ownerBodyId", "case.register.unknownBody");
        }
        if (form.getReceivedOn() != null && form.getReceivedOn().isAfter(LocalDate.now(clock))) {
            errors.rejectValue("receivedOn", "case.register.receivedInFuture");
        }
        List<se.sparbar.files.AttachedFiles.NewFile> uploads = Uploads.of(form.getFile(), errors);
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
    public static class Form {
        @NotNull
        private CaseType type;
        @NotBlank
        @Size(max = 300)
        private String title;
        @NotBlank
        @Size(max = 300)
        private String sender;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate receivedOn;
        @Size(max = 1000)
        private String summary;
        @NotNull
        private Long ownerBodyId;
        private List<org.springframework.web.multipart.MultipartFile> file;

        public List<org.springframework.web.multipart.MultipartFile> getFile() { return file; }
        public void setFile(List<org.springframework.web.multipart.MultipartFile> file) { this.file = file; }

        public CaseType getType() { return type; }
        public void setType(CaseType type) { this.type = type; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = clean(title); }
        public String getSender() { return sender; }
        public void setSender(String sender) { this.sender = clean(sender); }
        public LocalDate getReceivedOn() { return receivedOn; }
        public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = clean(summary); }
        public Long getOwnerBodyId() { return ownerBodyId; }
        public void setOwnerBodyId(Long ownerBodyId) { this.ownerBodyId = ownerBodyId; }

        /** NUL characters never reach the database. */
        private static String clean(String value) {
            return value == null ? null : value.replace("\0", "");
        }
    }
}
