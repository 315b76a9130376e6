package se.sparbar.search.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import se.sparbar.organisation.AccountId;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.PersonRef;
import se.sparbar.search.SearchKind;
import se.sparbar.search.domain.QueryText;
import se.sparbar.search.domain.Reader;
import se.sparbar.search.domain.SearchResults;
import se.sparbar.search.domain.SearchRequest;
import se.sparbar.search.domain.SearchResult;
import se.sparbar.shared.web.CurrentUser;

/**
 * The results page and its Atom feed, public. Every parameter is read leniently: a filter that does
 * not parse is ignored and a page out of range is clamped, so no input makes a server error.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;

    private final SearchResults index;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    SearchController(SearchResults index, Directory directory, MessageSource messages, Clock clock) {
        this.index = index;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/search")
    String search(@RequestParam Map<String, String> params, Authentication authentication, Model model) {
        SearchRequest request = request(params, PAGE_SIZE);
        SearchResult result = index.search(request, reader(authentication));
        model.addAttribute("q", QueryText.clean(params.get("q")));
        model.addAttribute("request", request);
        model.addAttribute("result", result);
        model.addAttribute("links", new Links(request));
        model.addAttribute("kinds", SearchKind.values());
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("pages", pages);
        model.addAttribute("firstHit", request.offset() + 1);
        model.addAttribute("lastHit", request.offset() + result.hits().size());
        return "search/results";
    }

    @GetMapping(value = "/search.atom")
    ResponseEntity<String> feed(@RequestParam Map<String, String> params, Authentication authentication, Locale locale,
                                HttpServletRequest servletRequest) throws FeedException {
        Map<String, String> byDate = new LinkedHashMap<>(params);
        byDate.put("sort", "date");
        byDate.put("page", "0");
        SearchRequest request = request(byDate, 50);
        SearchResult result = index.search(request, reader(authentication));
        String base = ServletUriComponentsBuilder.fromContextPath(servletRequest).replaceQuery(null).build().toUriString();
        String page = UriComponentsBuilder.fromUriString(base + "/search").queryParam("q", request.text()).build().encode().toUriString();

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("search.feed.title", new Object[] {request.text()}, locale));
        feed.setLink(page);
        feed.setUri(page);
        feed.setPublishedDate(Date.from(clock.instant()));
        feed.setLanguage(locale.getLanguage());
        List<SyndEntry> entries = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(hit.plainTitle());
            String link = hit.url() == null ? page : base + hit.url();
            entry.setLink(link);
            entry.setUri(base + "/search/" + hit.kind().name().toLowerCase(Locale.ROOT) + "/" + hit.recordId());
            if (hit.date() != null) {
                Date date = Date.from(hit.date().atStartOfDay(ZoneOffset.UTC).toInstant());
                entry.setUpdatedDate(date);
                entry.setPublishedDate(date);
            }
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(hit.plainExcerpt());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(new SyndFeedOutput().outputString(feed));
    }

    private Reader reader(Authentication authentication) {
        if (!CurrentUser.isLoggedIn(authentication)) {
            return Reader.PUBLIC;
        }
        boolean staff = CurrentUser.hasRole(authentication, "CLERK") || CurrentUser.hasRole(authentication, "OFFICIAL")
                || CurrentUser.hasRole(authentication, "ADMIN");
        var account = AccountId.ofOptional(authentication);
        Long person = account.isPresent() ? directory.personOfAccount(account.getAsLong()).map(PersonRef::id).orElse(null) : null;
        return new Reader(staff, person);
    }

    static SearchRequest request(Map<String, String> params, int pageSize) {
        String text = QueryText.clean(params.get("q"));
        SearchKind kind = parseKind(params.get("kind"));
        String status = params.get("status");
        status = status == null || !status.matches("[A-Z_]{1,30}") ? null : status;
        return new SearchRequest(text, kind, parseLong(params.get("body")), parseYear(params.get("year")), status,
                "date".equals(params.get("sort")), (int) Math.max(0, Math.min(parseLong(params.get("page")) == null ? 0
                        : parseLong(params.get("page")), SearchRequest.MAX_PAGE)), pageSize);
    }

    private static SearchKind parseKind(String value) {
        if (value == null) {
            return null;
        }
        for (SearchKind kind : SearchKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        return null;
    }

    private static Long parseLong(String value) {
        if (value == null || !value.strip().matches("-?\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }

    private static Integer parseYear(String value) {
        Long year = parseLong(value);
        return year == null || year < 1900 || year > 2999 ? null : year.intValue();
    }

    /** Links of the results page: the same search with one thing changed (and back to the first page). */
    static final class Links {

        private final SearchRequest request;

        Links(SearchRequest request) {
            this.request = request;
        }

        private UriComponentsBuilder base(boolean keepPage) {
            UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search").queryParam("q", request.text());
            if (request.kind() != null) {
                builder.queryParam("kind", request.kind().name());
            }
            if (request.bodyId() != null) {
                builder.queryParam("body", request.bodyId());
            }
            if (request.year() != null) {
                builder.queryParam("year", request.year());
            }
            if (request.status() != null) {
                builder.queryParam("status", request.status());
            }
            if (request.byDate()) {
                builder.queryParam("sort", "date");
            }
            if (keepPage && request.page() > 0) {
                builder.queryParam("page", request.page());
            }
            return builder;
        }

        public String with(String name, Object value) {
            UriComponentsBuilder builder = base(false).replaceQueryParam(name, value);
            if ("kind".equals(name)) {
                builder.replaceQueryParam("status");
            }
            return builder.build().encode().toUriString();
        }

        public String status(SearchKind kind, String status) {
            return base(false).replaceQueryParam("kind", kind.name()).replaceQueryParam("status", status).build().encode().toUriString();
        }

        public String without(String name) {
            UriComponentsBuilder builder = base(false).replaceQueryParam(name);
            if ("kind".equals(name)) {
                builder.replaceQueryParam("status");
            }
            return builder.build().encode().toUriString();
        }

        public String page(long page) {
            return base(false).replaceQueryParam("page", page).build().encode().toUriString();
        }

        public String query(String text) {
            return UriComponentsBuilder.fromPath("/search").queryParam("q", text).build().encode().toUriString();
        }

        public String feed() {
            return UriComponentsBuilder.fromPath("/search.atom").queryParam("q", request.text()).build().encode().toUriString();
        }
    }
}
