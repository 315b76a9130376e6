package se.sparbar.actionplan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.actionplan.domain.FollowUp;
import se.sparbar.actionplan.domain.FollowUpReportView;
import se.sparbar.organisation.Directory;
import se.sparbar.registry.CaseSummary;
import se.sparbar.shared.pdf.PdfDocuments;
import se.sparbar.shared.web.Csv;

/**
 * Follow-up: the rounds and what is missing in them; the follow-up report of a plan for a round
 * as a page (with SVG charts and their data tables), a tagged PDF and CSV; and its registration as
 * a case for a body. Staff only: the public follows the plans' and items' status.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FollowUpController {

    private final FollowUp followUp;
    private final PdfDocuments pdf;
    private final Directory directory;
    private final MessageSource messages;

    FollowUpController(FollowUp followUp, PdfDocuments pdf, Directory directory, MessageSource messages) {
        this.followUp = followUp;
        this.pdf = pdf;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/follow-up")
    String rounds(@RequestParam(required = false) Long round, Model model) {
        FollowUp.Round current = followUp.current();
        FollowUp.Round shown = round == null ? current : followUp.round(round).orElse(current);
        model.addAttribute("rounds", followUp.rounds());
        model.addAttribute("round", shown);
        model.addAttribute("missing", followUp.missing(shown.id()));
        return "actionplan/rounds";
    }

    @GetMapping("/action-plans/{id}/follow-up")
    String report(@PathVariable long id, @RequestParam(required = false) Long round, Model model) {
        FollowUpReportView report = view(id, round);
        model.addAttribute("report", report);
        model.addAttribute("rounds", followUp.rounds());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("bodies", directory.activeBodies());
        return "actionplan/follow-up";
    }

    @GetMapping("/action-plans/{id}/follow-up.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long id, @RequestParam(required = false) Long round, Locale locale) {
        FollowUpReportView report = view(id, round);
        byte[] document = pdf.render("actionplan/follow-up-pdf", followUp.pdfModel(report), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("uppfoljning-" + id + "-" + report.round().closesOn() + ".pdf").build().toString())
                .body(document);
    }

    @GetMapping("/action-plans/{id}/follow-up.csv")
    void reportCsv(@PathVariable long id, @RequestParam(required = false) Long round, Locale locale,
                   HttpServletResponse response) throws IOException {
        FollowUpReportView report = view(id, round);
        PrintWriter out = Csv.start(response, "uppfoljning-" + id + "-" + report.round().closesOn() + ".csv");
        out.println(Csv.row(List.of("actionitem.ordinal", "actionitem.title", "actionitem.responsible", "actionitem.status",
                "actionitem.nextDue", "actionitem.overdue", "actionitem.effectKind", "actionitem.planned", "actionitem.budgetYear",
                "actionitem.realised", "followup.latestReport", "progress.reportedOn", "followup.missing")
                .stream().map(k -> text(k, locale)).toArray()));
        String yes = text("actionitem.overdue.yes", locale);
        for (FollowUpReportView.Line l : report.lines()) {
            out.println(Csv.row(l.ordinal(), l.title(), l.responsibleText(), text("itemStatus." + l.status(), locale), l.nextDueOn(),
                    l.overdue() ? yes : "", text("effectKind." + l.effectKind(), locale), ActionItemController.plain(l.planned()),
                    l.budgetYear(), ActionItemController.plain(l.realised()), l.reportText(), l.reportedOn(), l.missing() ? yes : ""));
        }
        out.println(Csv.row("", text("followup.total", locale), "", "", "", "", "", ActionItemController.plain(report.plannedTotal()),
                "", ActionItemController.plain(report.realisedTotal()), "", "", ""));
        // then the counts by status, as two columns
        out.println();
        out.println(Csv.row(text("actionitem.status", locale), text("followup.count", locale)));
        for (Map.Entry<ItemStatus, Integer> count : report.counts().entrySet()) {
            out.println(Csv.row(text("itemStatus." + count.getKey(), locale), count.getValue()));
        }
        out.flush();
    }

    @PostMapping("/action-plans/{id}/follow-up/register")
    @PreAuthorize("hasRole('CLERK')")
    String register(@PathVariable long id, @RequestParam long round, @RequestParam long body, Authentication authentication,
                    Locale locale, RedirectAttributes redirect) {
        CaseSummary registered = followUp.register(id, round, body, Viewer.of(authentication).accountId(), locale);
        redirect.addFlashAttribute("registered", registered.caseNumber());
        return "redirect:/action-plans/" + id + "/follow-up?round=" + round;
    }

    private FollowUpReportView view(long planId, Long round) {
        long roundId = round != null ? round : followUp.current().id();
        return followUp.report(planId, roundId);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
