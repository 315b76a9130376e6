package se.sparbar.opendata.calendar;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import se.sparbar.opendata.oparl.Conditional;
import se.sparbar.shared.NotFoundException;

/** The meetings as calendar subscriptions: all bodies, or one. Conditional GET with ETag and Last-Modified. */
@RestController
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MeetingCalendar calendar;

    CalendarController(MeetingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar/meetings.ics")
    ResponseEntity<byte[]> all(ServletWebRequest request) {
        return answer(calendar.meetings(null, "Sammanträden"), request);
    }

    @GetMapping("/calendar/bodies/{id}.ics")
    ResponseEntity<byte[]> body(@PathVariable String id, ServletWebRequest request) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundException("Body", 0L);
        }
        long bodyId = Long.parseLong(id);
        String name = calendar.bodyName(bodyId).orElseThrow(() -> new NotFoundException("Body", bodyId));
        return answer(calendar.meetings(bodyId, "Sammanträden – " + name), request);
    }

    private ResponseEntity<byte[]> answer(MeetingCalendar.Subscription subscription, ServletWebRequest request) {
        byte[] body = subscription.text().getBytes(StandardCharsets.UTF_8);
        if (Conditional.notModified(request, body, subscription.lastModified())) {
            return null;
        }
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(body);
    }
}
