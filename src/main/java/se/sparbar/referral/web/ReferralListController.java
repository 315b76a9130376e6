package se.sparbar.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sparbar.organisation.Directory;
import se.sparbar.referral.ReferralStatus;
import se.sparbar.referral.domain.ReferralList;
import se.sparbar.shared.web.Csv;
import se.sparbar.shared.web.PagerUrl;

/** The clerk's list of referrals (page and CSV): to whom, sent, due, answered or overdue. */
@Controller
@PreAuthorize("hasRole('CLERK')")
class ReferralListController {

    static final int PAGE_SIZE = 50;

    private final ReferralList referrals;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    ReferralListController(ReferralList referrals, Directory directory, MessageSource messages, Clock clock) {
        this.referrals = referrals;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/referrals")
    String list(@RequestParam(required = false) Long body, @RequestParam(required = false) String status,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        ReferralList.Filter filter = filter(body, status, year);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("result", referrals.page(filter, today, page, PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("bodies", directory.activeBodies());
        model.addAttribute("years", referrals.years());
        model.addAttribute("pagerUrl", PagerUrl.of(request));
        return "referral/list";
    }

    @GetMapping("/referrals.csv")
    void csv(@RequestParam(required = false) Long body, @RequestParam(required = false) String status,
             @RequestParam(required = false) Integer year, Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "remisser.csv");
        out.println(Csv.row(message("referralList.case", locale), message("referralList.caseTitle", locale),
                message("referral.body", locale), message("referral.sentOn", locale), message("referral.dueOn", locale),
                message("referralList.answeredOn", locale), message("referral.status", locale)));
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        referrals.each(filter(body, status, year), LocalDate.now(clock), line -> out.println(Csv.row(
                line.caseNumber(), line.caseTitle(), line.bodyName(), date.format(line.sentOn()), date.format(line.dueOn()),
                line.answeredOn() == null ? null : date.format(line.answeredOn()),
                message("referralStatus." + line.status(), locale))));
        out.flush();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static ReferralList.Filter filter(Long body, String status, Integer year) {
        ReferralStatus known = Arrays.stream(ReferralStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        return new ReferralList.Filter(body, known, year);
    }
}
