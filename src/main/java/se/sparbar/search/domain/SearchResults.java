package se.sparbar.search.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Search results, cached until the index changes. Public traffic comes in surges: many readers ask
 * the same question of an index that changes a few times an hour, and a common word's ranking and
 * counts read every record that has it. Each search first reads the index's version (one small
 * query, raised by every transaction that changes the index at its commit, migration V25); a result
 * is kept under the version it was computed at, for the same reader and request, and the whole
 * cache is dropped when a newer version is seen. A transaction that has itself changed the index
 * reads past the cache. {@code sparbar.search.cache-entries=0} turns the cache off.
 */
@Service
public class SearchResults {

    private final SearchIndex index;
    private final JdbcClient jdbc;
    private final int capacity;
    private final Map<Key, SearchResult> cache;
    private long version = -1;

    SearchResults(SearchIndex index, JdbcClient jdbc, @Value("${sparbar.search.cache-entries:200}") int capacity) {
        this.index = index;
        this.jdbc = jdbc;
        this.capacity = Math.max(0, capacity);
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchResult> eldest) {
                return size() > SearchResults.this.capacity;
            }
        };
    }

    private record Key(SearchRequest request, Reader reader) {
    }

    private record State(long version, boolean changedHere) {
    }

    public SearchResult search(SearchRequest request, Reader reader) {
        if (capacity == 0 || request.text().isEmpty()) {
            return index.search(request, reader);
        }
        State state = jdbc.sql("select version, coalesce(current_setting('sparbar.search_index_changed', true), '') = 'y' as changed"
                        + " from search_index_version where id = 1")
                .query((rs, n) -> new State(rs.getLong("version"), rs.getBoolean("changed"))).single();
        if (state.changedHere()) {
            return index.search(request, reader);
        }
        Key key = new Key(request, reader);
        synchronized (cache) {
            if (state.version() > version) {
                cache.clear();
                version = state.version();
            }
            SearchResult cached = state.version() == version ? cache.get(key) : null;
            if (cached != null) {
                return cached;
            }
        }
        SearchResult result = frozen(index.search(request, reader));
        synchronized (cache) {
            if (state.version() == version) {
                cache.put(key, result);
            }
        }
        return result;
    }

    private static SearchResult frozen(SearchResult r) {
        return new SearchResult(r.problem(), List.copyOf(r.hits()), r.total(), List.copyOf(r.kinds()), List.copyOf(r.bodies()),
                List.copyOf(r.years()), List.copyOf(r.statuses()), r.suggestion());
    }
}
