package se.sparbar.publicsite.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import se.sparbar.files.AttachedFiles;
import se.sparbar.organisation.Directory;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.CaseType;
import se.sparbar.registry.Cases;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.web.CurrentUser;
import se.sparbar.shared.web.Csv;

/** The case register (diarium): every registered case, filtered, sorted, paged and as CSV; one page per case. */
@Controller
class CaseRegisterController {

    static final int PAGE_SIZE = 50;
    static final int MAX_TEXT = 200;

    /** "KS 2024/339" (series first) and "2024.339 KS" (year first): the two ways municipalities write case numbers. */
    private static final Pattern SERIES_FIRST = Pattern.compile("^\\s*([\\p{L}]{1,20})\\s*(\\d{4})\\s*[/.:-]\\s*0*(\\d{1,9})\\s*$");
    private static final Pattern YEAR_FIRST = Pattern.compile("^\\s*(\\d{4})\\s*[/.:-]\\s*0*(\\d{1,9})\\s*([\\p{L}]{1,20})\\s*$");

    private final CaseRegisterQueries queries;
    private final CaseStories stories;
    private final Cases cases;
    private final Directory directory;
    private final MessageSource messages;
    private final AttachedFiles files;

    CaseRegisterController(CaseRegisterQueries queries, CaseStories stories, Cases cases, Directory directory,
                           MessageSource messages, AttachedFiles files) {
        this.files = files;
        this.queries = queries;
        this.stories = stories;
        this.cases = cases;
        this.directory = directory;
        this.messages = messages;
    }

    /** Staff read decisions before their minutes are posted; everyone else reads the public record. */
    static boolean staff(Authentication authentication) {
        return CurrentUser.hasRole(authentication, "CLERK") || CurrentUser.hasRole(authentication, "ADMIN")
                || CurrentUser.hasRole(authentication, "OFFICIAL");
    }

    @Transactional(readOnly = true) // the page in one read-only transaction
    @GetMapping("/cases")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String body,
                @RequestParam(required = false) String year, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "number") String sort,
                @RequestParam(defaultValue = "0") String page, Authentication authentication, Model model,
                jakarta.servlet.http.HttpServletRequest request) {
        CaseRegisterQueries.Filter filter = filter(type, body, year, status, q, sort);
        model.addAttribute("result", queries.search(filter, staff(authentication), number(page, 0), PAGE_SIZE));
        model.addAttribute("pagerUrl", se.sparbar.shared.web.PagerUrl.of(request));
        model.addAttribute("filter", filter);
        model.addAttribute("types", CaseType.values());
        model.addAttribute("states", CaseState.values());
        model.addAttribute("sorts", CaseRegisterQueries.SORTS);
        model.addAttribute("years", queries.years());
        model.addAttribute("bodies", directory.activeBodies());
        return "publicsite/cases";
    }

    @Transactional(readOnly = true) // the page in one read-only transaction
    @GetMapping("/cases.csv")
    void csv(@RequestParam(required = false) String type, @RequestParam(required = false) String body,
             @RequestParam(required = false) String year, @RequestParam(required = false) String status,
             @RequestParam(required = false) String q, @RequestParam(defaultValue = "number") String sort,
             Authentication authentication, Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "diarium.csv");
        out.println(Csv.row(text("case.number", locale), text("case.type", locale), text("case.title", locale),
                text("case.sender", locale), text("case.receivedOn", locale), text("case.body", locale), text("case.state", locale)));
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        queries.each(filter(type, body, year, status, q, sort), staff(authentication), row -> out.println(Csv.row(row.caseNumber(),
                text("caseType." + row.type(), locale), row.title(), row.sender(), date.format(row.receivedOn()), row.body(),
                text("caseState." + row.state(), locale))));
        out.flush();
    }

    @Transactional(readOnly = true) // the page in one read-only transaction
    @GetMapping("/cases/{id:\\d{1,18}}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("story", stories.story(id, staff(authentication)));
        boolean clerk = CurrentUser.hasRole(authentication, "CLERK");
        var caseFiles = files.of(AttachedFiles.Owner.ofCase(id), clerk);
        model.addAttribute("files", caseFiles);
        model.addAttribute("filesById", caseFiles.stream()
                .collect(java.util.stream.Collectors.toMap(AttachedFiles.FileView::id, f -> f, (a, b) -> a)));
        model.addAttribute("fileUpload", clerk ? "/cases/" + id + "/files/new" : null);
        return "publicsite/case";
    }

    /** A case by its number as written: {@code /cases/number?n=KS 2024/339} (the form) or {@code /cases/number/2024.339 KS}. */
    @GetMapping("/cases/number")
    String byNumber(@RequestParam(required = false) String n) {
        return "redirect:/cases/" + lookUp(n).id();
    }

    @GetMapping("/cases/number/{number}")
    String byNumberInPath(@PathVariable String number) {
        return "redirect:/cases/" + lookUp(number).id();
    }

    private CaseSummary lookUp(String written) {
        if (written == null || written.isBlank() || written.length() > 60 || written.indexOf('\0') >= 0) {
            throw new MalformedCaseNumberException();
        }
        Optional<CaseSummary> exact = cases.findByNumber(written);
        if (exact.isPresent()) {
            return exact.get();
        }
        Matcher seriesFirst = SERIES_FIRST.matcher(written);
        Matcher yearFirst = YEAR_FIRST.matcher(written);
        Optional<CaseSummary> found;
        if (seriesFirst.matches()) {
            found = cases.findBySequence(seriesFirst.group(1), Integer.parseInt(seriesFirst.group(2)), Integer.parseInt(seriesFirst.group(3)));
        } else if (yearFirst.matches()) {
            found = cases.findBySequence(yearFirst.group(3), Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)));
        } else {
            throw new MalformedCaseNumberException();
        }
        return found.orElseThrow(() -> new NotFoundException("Case", UriUtils.encode(written, "UTF-8")));
    }

    static final class MalformedCaseNumberException extends RuntimeException {
        MalformedCaseNumberException() {
            super("Not a case number", null, false, false);
        }
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(MalformedCaseNumberException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView malformed() {
        return new ModelAndView("error/400");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static CaseRegisterQueries.Filter filter(String type, String body, String year, String status, String q, String sort) {
        CaseType knownType = Arrays.stream(CaseType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
        CaseState knownState = Arrays.stream(CaseState.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        int parsedYear = number(year, -1);
        long parsedBody = longNumber(body);
        String text = q == null || q.isBlank() ? null : q.replace("\0", "").strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        return new CaseRegisterQueries.Filter(knownType, parsedBody < 0 ? null : parsedBody,
                parsedYear >= 1900 && parsedYear <= 2999 ? parsedYear : null, knownState, text,
                CaseRegisterQueries.SORTS.contains(sort) ? sort : "number");
    }

    /** A page or year as given, or {@code fallback} when it is not a small non-negative number. */
    private static int number(String value, int fallback) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return fallback;
        }
        return Integer.parseInt(value);
    }

    private static long longNumber(String value) {
        return value == null || !value.matches("\\d{1,18}") ? -1 : Long.parseLong(value);
    }
}
