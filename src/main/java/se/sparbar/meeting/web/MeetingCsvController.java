package se.sparbar.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sparbar.meeting.domain.MeetingQueries;
import se.sparbar.meeting.domain.MeetingStatus;
import se.sparbar.shared.web.Csv;

/** The public lists as CSV: meetings (with the list's filters), the notice board and its archive. One statement each. */
@Controller
@PreAuthorize("permitAll()")
class MeetingCsvController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MeetingQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    MeetingCsvController(MeetingQueries queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/meetings.csv")
    void meetings(@RequestParam(required = false) Long body, @RequestParam(required = false) MeetingStatus status,
                  Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "sammantraden.csv");
        out.println(Csv.row(message("meeting.date", locale), message("meeting.body", locale),
                message("meeting.place", locale), message("meeting.paragraphs", locale), message("meeting.status", locale)));
        queries.eachMeeting(body, status, m -> out.println(Csv.row(DATE_TIME.format(m.startsAt()),
                m.bodyName(), m.place(), m.paragraphs(), message("meetingStatus." + m.status(), locale))));
        out.flush();
    }

    @GetMapping("/notice-board.csv")
    void noticeBoard(Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "anslagstavla.csv");
        out.println(postingHeader(locale));
        queries.noticeBoard(LocalDate.now(clock)).forEach(n -> out.println(posting(n)));
        out.flush();
    }

    @GetMapping("/notice-board/archive.csv")
    void archive(Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "anslagstavla-arkiv.csv");
        out.println(postingHeader(locale));
        queries.eachArchived(LocalDate.now(clock), n -> out.println(posting(n)));
        out.flush();
    }

    private String postingHeader(Locale locale) {
        return Csv.row(message("meeting.body", locale), message("notice.meetingDate", locale),
                message("meeting.adjustedOn", locale), message("notice.postedOn", locale), message("notice.appealEndsOn", locale),
                message("meeting.minutesKeptAt", locale));
    }

    private static String posting(MeetingQueries.Posting n) {
        return Csv.row(n.bodyName(), DATE.format(n.meetingStartsAt()),
                n.adjustedOn() == null ? null : DATE.format(n.adjustedOn()), DATE.format(n.postedOn()),
                DATE.format(n.appealEndsOn()), n.minutesKeptAt());
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
