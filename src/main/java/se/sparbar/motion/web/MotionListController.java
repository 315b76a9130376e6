package se.sparbar.motion.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sparbar.motion.MotionQueries;
import se.sparbar.motion.MotionStatus;
import se.sparbar.organisation.Directory;
import se.sparbar.shared.web.Csv;
import se.sparbar.shared.web.PagerUrl;

/** All submitted motions, filtered, sorted and paged; the same list as CSV. */
@Controller
class MotionListController {

    static final int PAGE_SIZE = 50;

    private final MotionQueries queries;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    MotionListController(MotionQueries queries, Directory directory, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true) // the page in one read-only transaction
    @GetMapping("/motions")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long body,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Long party,
                @RequestParam(required = false) Long filer, @RequestParam(defaultValue = "submitted") String sort,
                @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        MotionQueries.Filter filter = filter(status, body, year, party, filer, sort);
        model.addAttribute("pagerUrl", PagerUrl.of(request));
        model.addAttribute("result", queries.search(filter, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", MotionStatus.values());
        model.addAttribute("sorts", MotionQueries.Filter.SORTS);
        model.addAttribute("years", queries.years());
        model.addAttribute("bodies", directory.activeBodies());
        model.addAttribute("parties", directory.parties());
        model.addAttribute("filers", queries.filers());
        model.addAttribute("today", LocalDate.now(clock));
        return "motion/list";
    }

    @Transactional(readOnly = true) // the page in one read-only transaction
    @GetMapping(value = "/motions.csv")
    void csv(@RequestParam(required = false) String status, @RequestParam(required = false) Long body,
             @RequestParam(required = false) Integer year, @RequestParam(required = false) Long party,
             @RequestParam(required = false) Long filer, @RequestParam(defaultValue = "submitted") String sort,
             Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "motioner.csv");
        out.println(String.join(";", header(locale, "motion.caseNumber", "motion.title", "motion.status", "motion.body",
                "motion.filer", "motion.party", "motion.submitted", "motion.deadline")));
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        queries.each(filter(status, body, year, party, filer, sort), row -> out.println(String.join(";",
                Csv.cell(row.caseNumber()), Csv.cell(row.title()), Csv.cell(messages.getMessage("motionStatus." + row.status(), null, locale)),
                Csv.cell(row.body()), Csv.cell(row.filer()), Csv.cell(row.party()),
                Csv.cell(row.submittedAt() == null ? null : date.format(row.submittedAt().atZone(clock.getZone()))),
                Csv.cell(row.deadlineOn() == null ? null : date.format(row.deadlineOn())))));
        out.flush();
    }

    private String[] header(Locale locale, String... keys) {
        String[] cells = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            cells[i] = Csv.cell(messages.getMessage(keys[i], null, locale));
        }
        return cells;
    }

    private static MotionQueries.Filter filter(String status, Long body, Integer year, Long party, Long filer, String sort) {
        boolean knownStatus = status == null || status.isBlank() || "DECIDED".equals(status) || "IN_PREPARATION".equals(status)
                || java.util.Arrays.stream(MotionStatus.values()).anyMatch(s -> s.name().equals(status));
        return new MotionQueries.Filter(knownStatus ? status : null, body, year, party, filer,
                MotionQueries.Filter.SORTS.contains(sort) ? sort : "submitted");
    }
}
