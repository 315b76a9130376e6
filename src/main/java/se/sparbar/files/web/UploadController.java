package se.sparbar.files.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.sparbar.files.AttachedFiles;
import se.sparbar.files.AttachedFiles.Owner;
import se.sparbar.files.RejectedFileException;
import se.sparbar.files.domain.FileStore;
import se.sparbar.organisation.AccountId;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.CurrentUser;
import se.sparbar.shared.web.FormSubmission;

/**
 * Attaching a file: a clerk to a case, a minutes paragraph (its basis documents) or a submitted
 * motion; a councillor to her own draft motion. The permission is checked here on the server for
 * every request (someone else's draft does not exist for the reader: 404; the wrong role: 403).
 * An empty or unsupported file is refused beside the field; a file beyond the server's limit gets
 * the 413 page.
 */
@Controller
class UploadController {

    private final FileStore files;

    UploadController(FileStore files) {
        this.files = files;
    }

    @GetMapping("/cases/{id:\\d{1,18}}/files/new")
    String caseForm(@PathVariable long id, Authentication authentication, Model model) {
        return form(Owner.ofCase(id), authentication, model);
    }

    @PostMapping("/cases/{id:\\d{1,18}}/files")
    String caseUpload(@PathVariable long id, @Valid @ModelAttribute("form") UploadForm form, BindingResult errors,
                      Authentication authentication, Model model, HttpServletResponse response) {
        return upload(Owner.ofCase(id), form, errors, authentication, model, response);
    }

    @GetMapping("/motions/{id:\\d{1,18}}/files/new")
    String motionForm(@PathVariable long id, Authentication authentication, Model model) {
        return form(Owner.ofMotion(id), authentication, model);
    }

    @PostMapping("/motions/{id:\\d{1,18}}/files")
    String motionUpload(@PathVariable long id, @Valid @ModelAttribute("form") UploadForm form, BindingResult errors,
                        Authentication authentication, Model model, HttpServletResponse response) {
        return upload(Owner.ofMotion(id), form, errors, authentication, model, response);
    }

    @GetMapping("/paragraphs/{id:\\d{1,18}}/files/new")
    String paragraphForm(@PathVariable long id, Authentication authentication, Model model) {
        return form(Owner.ofParagraph(id), authentication, model);
    }

    @PostMapping("/paragraphs/{id:\\d{1,18}}/files")
    String paragraphUpload(@PathVariable long id, @Valid @ModelAttribute("form") UploadForm form, BindingResult errors,
                           Authentication authentication, Model model, HttpServletResponse response) {
        return upload(Owner.ofParagraph(id), form, errors, authentication, model, response);
    }

    @GetMapping("/agenda-items/{id:\\d{1,18}}/files/new")
    String agendaItemForm(@PathVariable long id, Authentication authentication, Model model) {
        return form(Owner.ofAgendaItem(id), authentication, model);
    }

    @PostMapping("/agenda-items/{id:\\d{1,18}}/files")
    String agendaItemUpload(@PathVariable long id, @Valid @ModelAttribute("form") UploadForm form, BindingResult errors,
                            Authentication authentication, Model model, HttpServletResponse response) {
        return upload(Owner.ofAgendaItem(id), form, errors, authentication, model, response);
    }

    private String form(Owner owner, Authentication authentication, Model model) {
        check(owner, authentication);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UploadForm());
        }
        return page(owner, model);
    }

    private String upload(Owner owner, UploadForm form, BindingResult errors, Authentication authentication, Model model,
                          HttpServletResponse response) {
        check(owner, authentication);
        byte[] content = bytes(form, errors);
        String fileName = form.getFile() == null ? null : form.getFile().getOriginalFilename();
        Optional<AttachedFiles.FileView> stored = FormSubmission.submit(errors, response,
                () -> files.attach(owner, new AttachedFiles.NewFile(form.getName(), fileName, content), AccountId.of(authentication)));
        if (stored.isEmpty()) {
            return page(owner, model);
        }
        String href = files.owner(owner).href();
        return "redirect:" + href + (href.contains("#") ? "" : "#files");
    }

    /** The uploaded bytes; an absent or empty file is a field error. */
    private static byte[] bytes(UploadForm form, BindingResult errors) {
        if (form.getFile() == null || form.getFile().isEmpty()) {
            if (!errors.hasFieldErrors("file")) {
                errors.rejectValue("file", "files.error." + RejectedFileException.Reason.EMPTY.name());
            }
            return new byte[0];
        }
        if (form.getFile().getSize() > AttachedFiles.MAX_BYTES) {
            errors.rejectValue("file", "files.error." + RejectedFileException.Reason.TOO_LARGE.name());
            return new byte[0];
        }
        try {
            return form.getFile().getBytes();
        } catch (IOException e) {
            errors.rejectValue("file", "files.error." + RejectedFileException.Reason.EMPTY.name());
            return new byte[0];
        }
    }

    private void check(Owner owner, Authentication authentication) {
        switch (files.uploadRight(owner, AccountId.of(authentication), CurrentUser.hasRole(authentication, "CLERK"))) {
            case NOT_FOUND -> throw new NotFoundException(owner.kind().name(), owner.id());
            case FORBIDDEN -> throw new AccessDeniedException("Only a clerk attaches files to " + owner);
            case ALLOWED -> { }
        }
    }

    private String page(Owner owner, Model model) {
        model.addAttribute("owner", files.owner(owner));
        model.addAttribute("action", switch (owner.kind()) {
            case CASE -> "/cases/" + owner.id() + "/files";
            case MOTION -> "/motions/" + owner.id() + "/files";
            case PARAGRAPH -> "/paragraphs/" + owner.id() + "/files";
            case AGENDA_ITEM -> "/agenda-items/" + owner.id() + "/files";
        });
        return "files/upload";
    }
}
