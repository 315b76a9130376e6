package se.sparbar.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.sparbar.organisation.domain.AdminLists;
import se.sparbar.organisation.domain.Bodies;
import se.sparbar.organisation.domain.Parties;
import se.sparbar.shared.web.Csv;

/** The administrator's lists as CSV: bodies, parties, people and accounts, whole, one statement each. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminCsvController {

    private final Bodies bodies;
    private final Parties parties;
    private final AdminLists lists;
    private final MessageSource messages;

    AdminCsvController(Bodies bodies, Parties parties, AdminLists lists, MessageSource messages) {
        this.bodies = bodies;
        this.parties = parties;
        this.lists = lists;
        this.messages = messages;
    }

    @GetMapping("/admin/bodies.csv")
    void bodies(Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "organ.csv");
        out.println(Csv.row(message("body.abbreviation", locale), message("body.name", locale), message("body.type", locale),
                message("body.status", locale)));
        bodies.all().forEach(b -> out.println(Csv.row(b.abbreviation(), b.name(), message("bodyType." + b.type(), locale),
                message(b.active() ? "body.active" : "body.inactive", locale))));
        out.flush();
    }

    @GetMapping("/admin/parties.csv")
    void parties(Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "partier.csv");
        out.println(Csv.row(message("party.abbreviation", locale), message("party.name", locale)));
        parties.all().forEach(p -> out.println(Csv.row(p.abbreviation(), p.name())));
        out.flush();
    }

    @GetMapping("/admin/people.csv")
    void people(Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "personer.csv");
        out.println(Csv.row(message("adminCsv.lastName", locale), message("adminCsv.firstName", locale),
                message("person.party", locale), message("person.userAccount", locale)));
        lists.eachPerson(p -> out.println(Csv.row(p.lastName(), p.firstName(), p.party(), p.username())));
        out.flush();
    }

    @GetMapping("/admin/users.csv")
    void users(Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = Csv.start(response, "anvandare.csv");
        out.println(Csv.row(message("user.username", locale), message("user.displayName", locale), message("user.jobTitle", locale),
                message("user.roles", locale), message("user.status", locale)));
        lists.eachAccount(a -> out.println(Csv.row(a.username(), a.displayName(), a.jobTitle(), roles(a.roles(), locale),
                message(a.enabled() ? "user.active" : "user.deactivated", locale))));
        out.flush();
    }

    private String roles(String roles, Locale locale) {
        if (roles == null) {
            return null;
        }
        return Arrays.stream(roles.split(",")).map(role -> message("role." + role, locale)).collect(Collectors.joining(", "));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
