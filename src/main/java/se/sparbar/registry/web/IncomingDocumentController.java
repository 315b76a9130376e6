package se.sparbar.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.files.AttachedFiles;
import se.sparbar.organisation.AccountId;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.Cases;
import se.sparbar.registry.DocumentType;
import se.sparbar.registry.IncomingDocument;
import se.sparbar.registry.IncomingDocuments;
import se.sparbar.registry.NewDocument;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.FormSubmission;

/**
 * A clerk registers an incoming document onto an existing case: its type, sender, date received, a
 * short summary and its files. A refused file is shown beside the field, the rest of the input kept,
 * and nothing is stored.
 */
@Controller
@PreAuthorize("hasRole('CLERK')")
class IncomingDocumentController {

    private final Cases cases;
    private final IncomingDocuments documents;
    private final Clock clock;

    IncomingDocumentController(Cases cases, IncomingDocuments documents, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/cases/{id:\\d{1,18}}/incoming/new")
    String form(@PathVariable long id, Model model) {
        CaseSummary owner = caseOf(id);
        model.addAttribute("form", ReceiptForm.receivedToday(new Form(), clock));
        return page(owner, model);
    }

    @PostMapping("/cases/{id:\\d{1,18}}/incoming")
    String register(@PathVariable long id, @Valid @ModelAttribute("form") Form form, BindingResult errors, Authentication authentication,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        CaseSummary owner = caseOf(id);
        List<AttachedFiles.NewFile> uploads = form.checkReceipt(errors, clock);
        Optional<IncomingDocument> registered = FormSubmission.submit(errors, response, () -> documents.register(id,
                new NewDocument(form.getType(), form.getSender(), form.getReceivedOn(), form.getSummary(), AccountId.of(authentication)),
                uploads));
        if (registered.isEmpty()) {
            return page(owner, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/cases/" + id + "#document-" + registered.get().id();
    }

    private CaseSummary caseOf(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("Case", id));
    }

    private String page(CaseSummary owner, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("types", DocumentType.values());
        return "registry/incoming";
    }

    /** What registering a document onto a case records. */
    public static class Form extends ReceiptForm {
        @NotNull
        private DocumentType type;

        public DocumentType getType() { return type; }
        public void setType(DocumentType type) { this.type = type; }
    }
}
