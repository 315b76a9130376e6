package se.sparbar.meeting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sparbar.meeting.domain.MeetingQueries;
import se.sparbar.meeting.domain.MeetingView;
import se.sparbar.meeting.domain.Meetings;
import se.sparbar.meeting.domain.Minutes;
import se.sparbar.meeting.domain.ParagraphView;
import se.sparbar.settings.Settings;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.pdf.PdfDocuments;
import se.sparbar.shared.web.CurrentUser;

/**
 * The minutes as documents: the whole minutes of a meeting, and an extract (protokollsutdrag) of
 * one paragraph, as printable pages and tagged PDF with the adjusters' signature block.
 */
@Controller
class MinutesDocumentController {

    private final Meetings meetings;
    private final Minutes minutes;
    private final MeetingQueries queries;
    private final PdfDocuments pdf;
    private final Settings settings;

    MinutesDocumentController(Meetings meetings, Minutes minutes, MeetingQueries queries, PdfDocuments pdf, Settings settings) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.queries = queries;
        this.pdf = pdf;
        this.settings = settings;
    }

    @GetMapping("/meetings/{id}/minutes")
    String minutesPage(@PathVariable long id, Authentication authentication, Model model) {
        model.addAllAttributes(minutesModel(id, authentication));
        return "meeting/minutes";
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable long id, Authentication authentication, Locale locale) {
        Map<String, Object> model = minutesModel(id, authentication);
        MeetingView meeting = (MeetingView) model.get("meeting");
        return pdf("meeting/minutes-pdf", model, locale, "protokoll-" + meeting.body().abbreviation() + "-" + meeting.startsAt().toLocalDate());
    }

    @GetMapping("/paragraphs/{id}/extract")
    String extractPage(@PathVariable long id, Authentication authentication, Model model) {
        model.addAllAttributes(extractModel(id, authentication));
        return "meeting/extract";
    }

    @GetMapping("/paragraphs/{id}/extract.pdf")
    ResponseEntity<byte[]> extractPdf(@PathVariable long id, Authentication authentication, Locale locale) {
        Map<String, Object> model = extractModel(id, authentication);
        ParagraphView paragraph = ((List<ParagraphView>) model.get("paragraphs")).get(0);
        return pdf("meeting/minutes-pdf", model, locale, "protokollsutdrag-" + paragraph.meetingReference().replace(' ', '-') + "-"
                + paragraph.number());
    }

    private Map<String, Object> minutesModel(long meetingId, Authentication authentication) {
        if (!CurrentUser.isLoggedIn(authentication) && !queries.isPublished(meetingId)) {
            throw new NotFoundException("Meeting", meetingId);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("meeting", meetings.view(meetingId));
        model.put("paragraphs", minutes.ofMeeting(meetingId));
        model.put("extract", false);
        model.put("municipality", settings.current().name());
        return model;
    }

    private Map<String, Object> extractModel(long paragraphId, Authentication authentication) {
        ParagraphController.requireReadable(paragraphId, authentication, queries);
        ParagraphView paragraph = minutes.view(paragraphId);
        Map<String, Object> model = new HashMap<>();
        model.put("meeting", meetings.view(paragraph.meetingId()));
        model.put("paragraphs", List.of(paragraph));
        model.put("extract", true);
        model.put("municipality", settings.current().name());
        return model;
    }

    private ResponseEntity<byte[]> pdf(String template, Map<String, Object> model, Locale locale, String name) {
        byte[] document = pdf.render(template, model, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf").build().toString())
                .body(document);
    }
}
