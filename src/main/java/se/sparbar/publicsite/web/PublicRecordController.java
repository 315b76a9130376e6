package se.sparbar.publicsite.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.sparbar.meeting.PublicMeetings;
import se.sparbar.motion.MotionQueries;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.PersonRef;
import se.sparbar.shared.NotFoundException;

/**
 * A councillor's and a body's public record, robots.txt and the sitemap. Names only, never contact
 * details; only what posted minutes and submitted motions show. A handful of statements per page.
 */
@Controller
class PublicRecordController {

    static final int RECENT = 20;

    private final Directory directory;
    private final MotionQueries motions;
    private final PublicMeetings meetings;
    private final CaseRegisterQueries register;
    private final Clock clock;

    PublicRecordController(Directory directory, MotionQueries motions, PublicMeetings meetings, CaseRegisterQueries register,
                           Clock clock) {
        this.directory = directory;
        this.motions = motions;
        this.meetings = meetings;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/people/{id:\\d{1,18}}")
    String person(@PathVariable long id, Model model) {
        PersonRef person = directory.person(id).orElseThrow(() -> new NotFoundException("Person", id));
        model.addAttribute("person", person);
        model.addAttribute("memberships", directory.membershipsOf(id));
        model.addAttribute("motions", motions.ofPerson(id));
        model.addAttribute("record", meetings.personRecord(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "publicsite/person";
    }

    @GetMapping("/bodies/{id:\\d{1,18}}")
    String body(@PathVariable long id, Model model) {
        BodyRef body = directory.body(id).orElseThrow(() -> new NotFoundException("Body", id));
        LocalDate today = LocalDate.now(clock);
        var memberships = directory.membershipsIn(id);
        model.addAttribute("body", body);
        model.addAttribute("current", memberships.stream().filter(m -> !m.validFrom().isAfter(today)
                && (m.validTo() == null || !m.validTo().isBefore(today))).toList());
        model.addAttribute("memberships", memberships);
        model.addAttribute("upcoming", meetings.ofBody(id, true, RECENT));
        model.addAttribute("past", meetings.ofBody(id, false, RECENT));
        model.addAttribute("decisions", meetings.latestDecisionsOf(id, RECENT));
        return "publicsite/body";
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    String robots(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
        return """
                User-agent: *
                Disallow: /login
                Disallow: /dashboard
                Disallow: /admin/
                Disallow: /history/
                Disallow: /account/
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(base);
    }

    /** The public pages: the fixed ones, every case and every body, streamed. */
    @GetMapping("/sitemap.xml")
    void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
        response.setContentType("application/xml;charset=UTF-8");
        PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : new String[] {"/", "/cases", "/motions", "/meetings", "/notice-board", "/governing-documents",
                "/action-plans", "/accessibility"}) {
            out.println("<url><loc>" + base + path + "</loc></url>");
        }
        directory.activeBodies().forEach(b -> out.println("<url><loc>" + base + "/bodies/" + b.id() + "</loc></url>"));
        register.eachId(row -> out.println("<url><loc>" + base + "/cases/" + row[0] + "</loc><lastmod>"
                + java.time.Instant.ofEpochSecond(row[1]).atOffset(ZoneOffset.UTC).toLocalDate() + "</lastmod></url>"));
        out.println("</urlset>");
        out.flush();
    }
}
