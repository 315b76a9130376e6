package se.sparbar.search.domain;

import java.time.LocalDate;
import java.util.List;
import se.sparbar.search.SearchKind;

/** One page of hits, the counts by filter over all hits, and a suggestion when nothing was found. */
public record SearchResult(Problem problem, List<Hit> hits, long total, List<Facet> kinds, List<Facet> bodies,
                           List<Facet> years, List<Facet> statuses, String suggestion) {

    /** Why there is no search to show, if there is none. */
    public enum Problem { NONE, EMPTY, TOO_LONG, NO_WORDS }

    public static SearchResult of(Problem problem) {
        return new SearchResult(problem, List.of(), 0, List.of(), List.of(), List.of(), List.of(), null);
    }

    public record Hit(long id, SearchKind kind, long recordId, List<Segment> title, List<Segment> excerpt, LocalDate date,
                      String caseNumber, String bodyName, String status, String url) {

        public String plainTitle() {
            return Segment.plain(title);
        }

        public String plainExcerpt() {
            return Segment.plain(excerpt);
        }
    }

    /** A filter value with its number of hits; {@code value} is what the filter parameter takes. */
    public record Facet(String value, String label, SearchKind kind, long count) {
    }
}
