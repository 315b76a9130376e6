package se.sparbar.opendata.oparl;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import se.sparbar.opendata.oparl.OParlApi.Answer;
import se.sparbar.opendata.oparl.OParlApi.ListType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OParl 1.1 API, read-only and public. Every answer is JSON (UTF-8, no HTML escaping) with
 * {@code Access-Control-Allow-Origin: *}, an {@code ETag} and {@code Last-Modified}, and answers a
 * conditional GET with 304. Refusals are OParl Error objects ({@link OParlErrors}).
 */
@RestController
@RequestMapping(OParlUrls.PATH)
class OParlController {

    private static final Pattern KEY = Pattern.compile("(?:([a-z]+)-)?([0-9]{1,18})");
    private static final Map<String, ListType> LISTS = Map.of(
            "organizations", ListType.ORGANIZATIONS, "persons", ListType.PERSONS, "memberships", ListType.MEMBERSHIPS,
            "meetings", ListType.MEETINGS, "agenda-items", ListType.AGENDA_ITEMS, "papers", ListType.PAPERS,
            "consultations", ListType.CONSULTATIONS, "files", ListType.FILES, "locations", ListType.LOCATIONS);
    /** The prefix of each kind in a list's ids, e.g. papers/motion-12 and papers/statement-3. */
    private static final Map<ListType, Map<String, Integer>> PREFIXES = Map.of(
            ListType.ORGANIZATIONS, Map.of("body", 1, "party", 2),
            ListType.MEMBERSHIPS, Map.of("", 1, "party", 2),
            ListType.PAPERS, Map.of("motion", 1, "statement", 2),
            ListType.FILES, Map.of("minutes", 1, "", 2));

    private final OParlApi api;
    private final JsonMapper json;

    OParlController(OParlApi api, JsonMapper json) {
        this.api = api;
        this.json = json;
    }

    @GetMapping({"", "/"})
    ResponseEntity<byte[]> entry() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(OParlUrls.PATH + "/system"))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").build();
    }

    @GetMapping("/system")
    ResponseEntity<byte[]> system(ServletWebRequest request) {
        return answer(api.system(), request);
    }

    @GetMapping("/bodies")
    ResponseEntity<byte[]> bodies(ServletWebRequest request) {
        return answer(api.bodies(), request);
    }

    @GetMapping("/bodies/{key}")
    ResponseEntity<byte[]> body(@PathVariable String key, ServletWebRequest request) {
        if (!key.equals("1")) {
            if (key.matches("0+1")) {
                return moved(OParlUrls.PATH + "/bodies/1");
            }
            throw OParlException.notFound("body " + key);
        }
        return answer(api.body(), request);
    }

    @GetMapping("/legislative-terms")
    ResponseEntity<byte[]> terms(ServletWebRequest request) {
        return answer(api.legislativeTerms(), request);
    }

    @GetMapping("/legislative-terms/{key}")
    ResponseEntity<byte[]> term(@PathVariable String key, ServletWebRequest request) {
        if (!key.matches("[0-9]{4}")) {
            throw OParlException.notFound("legislative term " + key);
        }
        return answer(api.legislativeTerm(Integer.parseInt(key)), request);
    }

    @GetMapping("/sparbar/action-plans")
    ResponseEntity<byte[]> actionPlans(@RequestParam Map<String, String> params, ServletWebRequest request) {
        return answer(api.list(ListType.ACTION_PLANS, ListQuery.parse(params)), request);
    }

    @GetMapping("/sparbar/action-plans/{key}")
    ResponseEntity<byte[]> actionPlan(@PathVariable String key, ServletWebRequest request) {
        if (!key.matches("[1-9][0-9]{0,17}")) {
            if (key.matches("0+[1-9][0-9]{0,17}")) {
                return moved(OParlUrls.PATH + "/sparbar/action-plans/" + Long.parseLong(key));
            }
            throw OParlException.notFound("action plan " + key);
        }
        return answer(api.one(ListType.ACTION_PLANS, 1, Long.parseLong(key)), request);
    }

    @GetMapping("/{list}")
    ResponseEntity<byte[]> list(@PathVariable String list, @RequestParam Map<String, String> params, ServletWebRequest request) {
        ListType type = LISTS.get(list);
        if (type == null) {
            throw OParlException.notFound(list);
        }
        return answer(api.list(type, ListQuery.parse(params)), request);
    }

    @GetMapping("/{list}/{key}")
    ResponseEntity<byte[]> one(@PathVariable String list, @PathVariable String key, ServletWebRequest request) {
        ListType type = LISTS.get(list);
        Matcher matcher = KEY.matcher(key);
        if (type == null || !matcher.matches()) {
            throw OParlException.notFound(list + "/" + key);
        }
        String prefix = matcher.group(1) == null ? "" : matcher.group(1);
        Integer kind = PREFIXES.getOrDefault(type, Map.of("", 1)).get(prefix);
        long id = Long.parseLong(matcher.group(2));
        if (kind == null || id == 0) {
            throw OParlException.notFound(list + "/" + key);
        }
        String canonical = (prefix.isEmpty() ? "" : prefix + "-") + id;
        if (!canonical.equals(key)) {
            return moved(OParlUrls.PATH + "/" + list + "/" + canonical);
        }
        return answer(api.one(type, kind, id), request);
    }

    @RequestMapping("/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.endsWith("/") && path.length() > OParlUrls.PATH.length() + 1) {
            return moved(path.replaceAll("/+$", ""));
        }
        throw OParlException.notFound(path);
    }

    private ResponseEntity<byte[]> moved(String path) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").build();
    }

    private ResponseEntity<byte[]> answer(Answer answer, ServletWebRequest request) {
        byte[] body = json.writeValueAsBytes(answer.body());
        if (Conditional.notModified(request, body, answer.lastModified())) {
            return null;
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(body);
    }
}
