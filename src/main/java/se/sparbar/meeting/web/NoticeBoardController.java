package se.sparbar.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sparbar.meeting.domain.MeetingQueries;

/** The official notice board (anslagstavla), public: current postings with their appeal dates, and the archive. */
@Controller
class NoticeBoardController {

    private final MeetingQueries queries;
    private final Clock clock;

    NoticeBoardController(MeetingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/notice-board")
    String board(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("postings", queries.noticeBoard(today));
        return "meeting/notice-board";
    }

    @GetMapping("/notice-board/archive")
    String archive(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", queries.archive(LocalDate.now(clock), Math.max(0, page), 25));
        return "meeting/archive";
    }
}
