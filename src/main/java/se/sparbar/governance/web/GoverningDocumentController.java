package se.sparbar.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
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
import se.sparbar.governance.DocumentStatus;
import se.sparbar.governance.DocumentType;
import se.sparbar.governance.domain.GoverningDocuments;
import se.sparbar.governance.domain.GoverningRegister;
import se.sparbar.organisation.Directory;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.Csv;
import se.sparbar.shared.web.FormSubmission;

/** The register of governing documents: everyone logged in reads it; clerks keep it. */
@Controller
@RequestMapping("/governing-documents")
class GoverningDocumentController {

    private final GoverningRegister register;
    private final GoverningDocuments documents;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    GoverningDocumentController(GoverningRegister register, GoverningDocuments documents, Directory directory,
                                MessageSource messages, Clock clock) {
        this.register = register;
        this.documents = documents;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) DocumentType type,
                @RequestParam(required = false) Long owner, Model model) {
        GoverningRegister.Filter filter = new GoverningRegister.Filter(status, type, owner);
        model.addAttribute("entries", register.list(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("bodies", directory.activeBodies());
        return "governance/list";
    }

    @GetMapping(value = "", params = "format=csv")
    void listCsv(@RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) DocumentType type,
                 @RequestParam(required = false) Long owner, Locale locale, HttpServletResponse response) throws IOException {
        csv(register.list(new GoverningRegister.Filter(status, type, owner)), "styrdokument.csv", locale, response);
    }

    @GetMapping("/due")
    String due(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        LocalDate end = to == null || to.isBefore(start) ? start.plusYears(1) : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("entries", register.dueForReview(start, end));
        // reviews already overdue are shown whatever the period: they are the first to act on
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("overdue", register.dueForReview(LocalDate.of(1900, 1, 1), today.minusDays(1)).stream()
                .filter(e -> e.nextReviewOn().isBefore(start)).toList());
        return "governance/due";
    }

    @GetMapping(value = "/due", params = "format=csv")
    void dueCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
                HttpServletResponse response) throws IOException {
        csv(register.dueForReview(from, to), "styrdokument-att-folja-upp.csv", locale, response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("entry", find(id));
        return "governance/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('CLERK')")
    String create(@RequestParam(required = false) Long replaces, Model model) {
        GoverningDocumentForm form = new GoverningDocumentForm();
        if (replaces != null) {
            // a new version: starts from the old one's details
            GoverningRegister.Entry old = find(replaces);
            form.setType(old.type());
            form.setTitle(old.title());
            form.setOwnerBodyId(old.ownerBodyId());
            form.setReviewIntervalMonths(old.reviewIntervalMonths());
            form.setReplacesId(old.id());
        }
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasRole('CLERK')")
    String create(@Valid @ModelAttribute("form") GoverningDocumentForm form, BindingResult errors, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        form.checkDates(errors);
        Optional<Long> created = FormSubmission.submit(errors, response, () -> documents.adopt(form.toDetails()));
        if (created.isEmpty()) {
            return form(model, null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/governing-documents/" + created.get();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('CLERK')")
    String edit(@PathVariable long id, Model model) {
        GoverningRegister.Entry entry = find(id);
        model.addAttribute("form", GoverningDocumentForm.of(entry));
        return form(model, entry);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('CLERK')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") GoverningDocumentForm form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        form.checkDates(errors);
        if (!FormSubmission.attempt(errors, response, () -> documents.change(id, form.toDetails()))) {
            return form(model, find(id));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/governing-documents/" + id;
    }

    @PostMapping("/{id}/repeal")
    @PreAuthorize("hasRole('CLERK')")
    String repeal(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  RedirectAttributes redirect) {
        documents.repeal(id, on == null ? LocalDate.now(clock) : on);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/governing-documents/" + id;
    }

    private String form(Model model, GoverningRegister.Entry entry) {
        model.addAttribute("entry", entry);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("bodies", directory.activeBodies());
        model.addAttribute("inForce", register.list(new GoverningRegister.Filter(DocumentStatus.IN_FORCE, null, null)).stream()
                .filter(e -> entry == null || e.id() != entry.id()).map(e -> new Option(e.id(), e.title() + " (" + e.adoptedReference() + ")")).toList());
        return "governance/form";
    }

    /** A choice in a picker. */
    record Option(long id, String text) implements se.sparbar.shared.Labelled {
        @Override
        public String label() {
            return text;
        }
    }

    private void csv(List<GoverningRegister.Entry> entries, String fileName, Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, fileName);
        out.println(Csv.row(List.of("governance.type", "governance.title", "governance.owner", "governance.adopted", "governance.adoptedOn",
                "governance.validFrom", "governance.reviewInterval", "governance.nextReview", "governance.status",
                "governance.replaces", "governance.replacedBy").stream().map(k -> messages.getMessage(k, null, locale)).toArray()));
        for (GoverningRegister.Entry e : entries) {
            out.println(Csv.row(messages.getMessage("documentType." + e.type(), null, locale), e.title(), e.owner(),
                    e.adoptedReference(), e.adoptedOn(), e.validFrom(), e.reviewIntervalMonths(), e.nextReviewOn(),
                    messages.getMessage("documentStatus." + e.status(), null, locale), e.replacesTitle(), e.replacedByTitle()));
        }
        out.flush();
    }

    private GoverningRegister.Entry find(long id) {
        return register.find(id).orElseThrow(() -> new NotFoundException("GoverningDocument", id));
    }
}
