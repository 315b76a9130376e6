package se.sparbar.opendata.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The layout's hook for feeds: pages that have a feed get {@code feeds}, which the layout writes as
 * {@code <link rel="alternate" type="application/atom+xml">} in the head.
 */
@ControllerAdvice(annotations = Controller.class)
class FeedLinks {

    /** A feed a page offers. */
    record FeedLink(String url, String title) {
    }

    private static final Pattern MOTION = Pattern.compile("/motions/([1-9][0-9]{0,17})");

    private final AtomFeeds feeds;

    FeedLinks(AtomFeeds feeds) {
        this.feeds = feeds;
    }

    @ModelAttribute("feeds")
    List<FeedLink> feeds(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/notice-board") || path.equals("/notice-board/archive")) {
            return List.of(new FeedLink("/feeds/notice-board.atom", "Anslagstavlan (Atom)"));
        }
        if (path.equals("/motions")) {
            return List.of(new FeedLink("/feeds/motions.atom", "Nya motioner (Atom)"));
        }
        Matcher motion = MOTION.matcher(path);
        if (motion.matches()) {
            return feeds.caseOfMotion(Long.parseLong(motion.group(1)))
                    .map(caseId -> List.of(new FeedLink("/feeds/cases/" + caseId + ".atom", "Ärendets händelser (Atom)")))
                    .orElse(List.of());
        }
        return List.of();
    }
}
