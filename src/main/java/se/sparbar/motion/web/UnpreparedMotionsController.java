package se.sparbar.motion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sparbar.motion.MotionQueries;
import se.sparbar.motion.domain.Motions;
import se.sparbar.settings.Settings;
import se.sparbar.shared.pdf.PdfDocuments;
import se.sparbar.shared.web.Csv;

/**
 * The report of unprepared motions for the council (kommunallagen 5 kap. 35 §): every motion not
 * yet decided on a chosen date, as a page, a tagged PDF and CSV; and the council's choice per motion.
 */
@Controller
@PreAuthorize("hasRole('CLERK')")
class UnpreparedMotionsController {

    private final MotionQueries queries;
    private final Motions motions;
    private final PdfDocuments pdf;
    private final Settings settings;
    private final MessageSource messages;
    private final Clock clock;

    UnpreparedMotionsController(MotionQueries queries, Motions motions, PdfDocuments pdf, Settings settings,
                                MessageSource messages, Clock clock) {
        this.queries = queries;
        this.motions = motions;
        this.pdf = pdf;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/motions/unprepared")
    String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        model.addAllAttributes(reportModel(asOf));
        return "motion/unprepared";
    }

    @GetMapping("/motions/unprepared.pdf")
    ResponseEntity<byte[]> reportPdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     Locale locale) {
        Map<String, Object> model = reportModel(asOf);
        byte[] document = pdf.render("motion/unprepared-pdf", model, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("obesvarade-motioner-" + model.get("asOf") + ".pdf").build().toString())
                .body(document);
    }

    @GetMapping("/motions/unprepared.csv")
    void reportCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   Locale locale, HttpServletResponse response) throws IOException {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        PrintWriter out = Csv.start(response, "obesvarade-motioner-" + date + ".csv");
        out.println(String.join(";", List.of("motion.caseNumber", "motion.title", "unprepared.filers", "motion.submitted",
                "motion.deadline", "motion.status", "unprepared.remaining", "unprepared.choice").stream()
                .map(key -> Csv.cell(messages.getMessage(key, null, locale))).toList()));
        for (MotionQueries.Unprepared row : queries.unprepared(date)) {
            String remaining = messages.getMessage(row.remainingKey(), new Object[] {row.pendingReferrals()}, locale);
            String choice = row.latestChoice() == null ? null
                    : messages.getMessage("choice." + row.latestChoice(), null, locale) + " " + row.latestChoiceOn();
            out.println(String.join(";", Csv.cell(row.caseNumber()), Csv.cell(row.title()),
                    Csv.cell(row.filers()), Csv.cell(String.valueOf(row.filedOn())),
                    Csv.cell(String.valueOf(row.deadlineOn())),
                    Csv.cell(messages.getMessage("motionStatus." + row.status(), null, locale)),
                    Csv.cell(remaining), Csv.cell(choice)));
        }
        out.flush();
    }

    @PostMapping("/motions/{id}/council-choice")
    String choose(@PathVariable long id, @RequestParam String choice,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  Authentication authentication, RedirectAttributes redirect) {
        if (decidedOn == null || decidedOn.isAfter(LocalDate.now(clock))) {
            redirect.addFlashAttribute("refused", "unprepared.decidedOn.invalid");
        } else {
            motions.recordCouncilChoice(id, CurrentAccount.of(authentication).id(), "WRITE_OFF".equals(choice), decidedOn);
            redirect.addFlashAttribute("saved", true);
        }
        return "redirect:/motions/unprepared" + (asOf == null ? "" : "?asOf=" + asOf);
    }

    private Map<String, Object> reportModel(LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        List<MotionQueries.Unprepared> rows = queries.unprepared(date);
        return Map.of("asOf", date, "rows", rows, "pastDeadline", rows.stream().filter(r -> r.isPastDeadline(date)).count(),
                "municipality", settings.current().name(), "limitMonths", settings.current().motionTimeLimitMonths(),
                "today", LocalDate.now(clock));
    }
}
