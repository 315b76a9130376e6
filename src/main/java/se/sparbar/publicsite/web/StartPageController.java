package se.sparbar.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sparbar.meeting.PublicMeetings;
import se.sparbar.motion.MotionQueries;

/** The front door: what is happening now, for everyone. A handful of short lists, one statement each. */
@Controller
class StartPageController {

    static final int LIST_SIZE = 5;

    private final PublicMeetings meetings;
    private final MotionQueries motions;
    private final CaseRegisterQueries register;
    private final Clock clock;

    StartPageController(PublicMeetings meetings, MotionQueries motions, CaseRegisterQueries register, Clock clock) {
        this.meetings = meetings;
        this.motions = motions;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("upcoming", meetings.upcoming(LIST_SIZE));
        model.addAttribute("noticeBoard", meetings.onNoticeBoard(today));
        model.addAttribute("decisions", meetings.latestDecisions(LIST_SIZE));
        model.addAttribute("motions", motions.search(new MotionQueries.Filter(null, null, null, null, null, "submitted"), 0, LIST_SIZE).items());
        model.addAttribute("cases", register.latest(CaseRegisterController.staff(authentication), LIST_SIZE));
        return "publicsite/home";
    }
}
