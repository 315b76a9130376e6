package se.sparbar.opendata.feed;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import se.sparbar.opendata.oparl.Conditional;
import se.sparbar.shared.NotFoundException;

/** The Atom feeds, with conditional GET. Unknown ids (or cases the public sees nothing of) answer 404. */
@RestController
class FeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final AtomFeeds feeds;

    FeedController(AtomFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feeds/notice-board.atom")
    ResponseEntity<byte[]> noticeBoard(ServletWebRequest request) {
        return answer(feeds.noticeBoard(), request);
    }

    @GetMapping("/feeds/motions.atom")
    ResponseEntity<byte[]> motions(ServletWebRequest request) {
        return answer(feeds.motions(), request);
    }

    @GetMapping("/feeds/bodies/{id}/decisions.atom")
    ResponseEntity<byte[]> decisions(@PathVariable String id, ServletWebRequest request) {
        return answer(feeds.bodyDecisions(id(id)).orElseThrow(() -> new NotFoundException("Body", id)), request);
    }

    @GetMapping("/feeds/persons/{id}/motions.atom")
    ResponseEntity<byte[]> personMotions(@PathVariable String id, ServletWebRequest request) {
        return answer(feeds.personMotions(id(id)).orElseThrow(() -> new NotFoundException("Person", id)), request);
    }

    @GetMapping("/feeds/cases/{id}.atom")
    ResponseEntity<byte[]> caseEvents(@PathVariable String id, ServletWebRequest request) {
        return answer(feeds.caseEvents(id(id)).orElseThrow(() -> new NotFoundException("Case", id)), request);
    }

    private static long id(String text) {
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundException("Feed", text);
        }
        return Long.parseLong(text);
    }

    private ResponseEntity<byte[]> answer(AtomFeeds.Feed feed, ServletWebRequest request) {
        byte[] body = feed.xml().getBytes(StandardCharsets.UTF_8);
        if (Conditional.notModified(request, body, feed.lastModified())) {
            return null;
        }
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(body);
    }
}
