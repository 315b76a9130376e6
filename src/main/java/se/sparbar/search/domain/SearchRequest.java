package se.sparbar.search.domain;

import se.sparbar.search.SearchKind;

/**
 * A search as asked: the text (already cleaned by {@link QueryText}), the filters and the page.
 * Filters are null when not chosen; {@code status} is a kind's status ({@code kind} must be set with it).
 */
public record SearchRequest(String text, SearchKind kind, Long bodyId, Integer year, String status, boolean byDate,
                            int page, int pageSize) {

    public static final int MAX_PAGE = 10_000;

    public SearchRequest {
        page = Math.max(0, Math.min(page, MAX_PAGE));
        pageSize = Math.max(1, Math.min(pageSize, 100));
        if (kind == null) {
            status = null;
        }
    }

    public long offset() {
        return (long) page * pageSize;
    }
}
