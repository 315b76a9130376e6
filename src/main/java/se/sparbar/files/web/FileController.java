package se.sparbar.files.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.ServletWebRequest;
import se.sparbar.files.AttachedFiles.FileView;
import se.sparbar.files.AttachedFiles.Reader;
import se.sparbar.files.domain.FileStore;
import se.sparbar.organisation.AccountId;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.CurrentUser;
import se.sparbar.shared.web.FormSubmission;

/**
 * A file, to anyone who may read its owner: inline ({@code /files/{id}}) or as a download, with a
 * strong ETag (from its SHA-512) and conditional GET; 404 for what the reader may not see, 410 once
 * depublished. And the clerk's depublishing, with a reason.
 */
@Controller
class FileController {

    private final FileStore files;

    FileController(FileStore files) {
        this.files = files;
    }

    @GetMapping("/files/{id:\\d{1,18}}")
    ResponseEntity<byte[]> inline(@PathVariable long id, Authentication authentication, ServletWebRequest request) {
        return serve(id, authentication, request, false);
    }

    @GetMapping("/files/{id:\\d{1,18}}/download")
    ResponseEntity<byte[]> download(@PathVariable long id, Authentication authentication, ServletWebRequest request) {
        return serve(id, authentication, request, true);
    }

    /**
     * The addresses of the older document store (before V30: statements' basis PDFs, follow-up
     * reports): a permanent redirect to the file the document became, 404 for an id it never had.
     * Who may read the file is the file's address's business.
     */
    @GetMapping("/documents/{id:\\d{1,18}}")
    ResponseEntity<Void> formerDocument(@PathVariable long id) {
        return movedTo(id);
    }

    @GetMapping("/cases/{id:\\d{1,18}}/documents/{documentId:\\d{1,18}}")
    ResponseEntity<Void> formerCaseDocument(@PathVariable long id, @PathVariable long documentId) {
        return movedTo(documentId);
    }

    private ResponseEntity<Void> movedTo(long documentId) {
        long fileId = files.formerDocument(documentId).orElseThrow(() -> new NotFoundException("Document", documentId));
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/files/" + fileId)).build();
    }

    private ResponseEntity<byte[]> serve(long id, Authentication authentication, ServletWebRequest request, boolean attachment) {
        FileStore.Download download = files.read(id, reader(authentication));
        FileView file = download.file();
        String etag = "\"" + file.sha512().substring(0, 40) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .eTag(etag)
                .lastModified(file.modifiedAt())
                .cacheControl(CacheControl.maxAge(0, TimeUnit.SECONDS).cachePrivate().mustRevalidate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                // an uploaded file is never a page of ours: no scripts, no forms, even if a browser were to render it
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .body(download.content());
    }

    @GetMapping("/files/{id:\\d{1,18}}/depublish")
    @PreAuthorize("hasRole('CLERK')")
    String depublishForm(@PathVariable long id, Authentication authentication, Model model) {
        FileView file = files.visible(id, reader(authentication));
        if (!model.containsAttribute("form")) {
            DepublishForm form = new DepublishForm();
            form.setVersion(files.version(id));
            model.addAttribute("form", form);
        }
        return page(file, model);
    }

    @PostMapping("/files/{id:\\d{1,18}}/depublish")
    @PreAuthorize("hasRole('CLERK')")
    String depublish(@PathVariable long id, @Valid @ModelAttribute("form") DepublishForm form, BindingResult errors,
                     Authentication authentication, Model model, HttpServletResponse response) {
        FileView file = files.visible(id, reader(authentication));
        if (file.deleted()) {
            throw new se.sparbar.shared.RefusedException("files.refused.alreadyDepublished");
        }
        if (!FormSubmission.attempt(errors, response, () -> files.depublish(id, form.getReason(), form.getVersion()))) {
            return page(file, model);
        }
        return "redirect:" + files.owner(file.owner()).href() + "#files";
    }

    private String page(FileView file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("owner", files.owner(file.owner()));
        return "files/depublish";
    }

    static Reader reader(Authentication authentication) {
        boolean staff = CurrentUser.hasRole(authentication, "CLERK") || CurrentUser.hasRole(authentication, "OFFICIAL")
                || CurrentUser.hasRole(authentication, "ADMIN");
        return new Reader(AccountId.ofOptional(authentication), staff);
    }
}
