package se.sparbar.files.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
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
import se.sparbar.files.AttachedFiles.OwnerKind;
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

    /** The owners' addresses: the first path segment of each kind's pages and upload form. */
    private static final Map<String, OwnerKind> KIND_BY_SEGMENT = Map.of("cases", OwnerKind.CASE, "motions", OwnerKind.MOTION,
            "paragraphs", OwnerKind.PARAGRAPH, "agenda-items", OwnerKind.AGENDA_ITEM);

    @GetMapping({"/cases/{id:\\d{1,18}}/files/new", "/motions/{id:\\d{1,18}}/files/new", "/paragraphs/{id:\\d{1,18}}/files/new",
            "/agenda-items/{id:\\d{1,18}}/files/new"})
    String form(@PathVariable long id, HttpServletRequest request, Authentication authentication, Model model) {
        return form(owner(request, id), authentication, model);
    }

    @PostMapping({"/cases/{id:\\d{1,18}}/files", "/motions/{id:\\d{1,18}}/files", "/paragraphs/{id:\\d{1,18}}/files",
            "/agenda-items/{id:\\d{1,18}}/files"})
    String upload(@PathVariable long id, @Valid @ModelAttribute("form") UploadForm form, BindingResult errors, HttpServletRequest request,
                  Authentication authentication, Model model, HttpServletResponse response) {
        return upload(owner(request, id), form, errors, authentication, model, response);
    }

    /** The owner the address names: {@code /motions/7/files} is motion 7's. */
    private static Owner owner(HttpServletRequest request, long id) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Owner(KIND_BY_SEGMENT.get(path.split("/")[1]), id);
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
        String segment = KIND_BY_SEGMENT.entrySet().stream().filter(e -> e.getValue() == owner.kind()).findFirst().orElseThrow().getKey();
        model.addAttribute("action", "/" + segment + "/" + owner.id() + "/files");
        return "files/upload";
    }
}
