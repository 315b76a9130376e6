package se.sparbar.search.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.sparbar.search.SearchKind;

/**
 * Reads the search index ({@code search_entry}, kept by the triggers of migration V8). A search is
 * at most four statements whatever the size: the page of hits with their excerpts (computed only for
 * the page's rows), the counts by filter, and for no hits one look-up of similar words and one check
 * that the suggestion finds something this reader may read.
 */
@Service
public class SearchIndex {

    static final String CONFIG = "sparbar_swedish";

    private static final String QUERY = """
            with q as (select websearch_to_tsquery('sparbar_swedish', search_fold(:q)) as query,
                              phraseto_tsquery('sparbar_swedish', search_fold(:plain)) as phrase,
                              websearch_to_tsquery('swedish', search_fold(:q)) as highlight)
            """;

    private static final String VISIBLE = """
             (e.audience = 'PUBLIC' or (:staff and e.audience = 'STAFF')
              or (e.audience = 'OWNER' and e.reader_person_ids @> array[cast(:person as bigint)]))
            """;

    private static final String HEADLINE_OPTIONS =
            "StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;
    private final SearchCapabilities capabilities;

    SearchIndex(JdbcClient jdbc, SearchCapabilities capabilities) {
        this.jdbc = jdbc;
        this.capabilities = capabilities;
    }

    public SearchResult search(SearchRequest request, Reader reader) {
        if (request.text().isEmpty()) {
            return SearchResult.of(SearchResult.Problem.EMPTY);
        }
        if (request.text().length() > QueryText.MAX_LENGTH) {
            return SearchResult.of(SearchResult.Problem.TOO_LONG);
        }
        MapSqlParameterSource params = params(request.text(), reader);
        String sql = pageSql(request, params);
        String filters = (String) params.getValue("filters");
        List<Object[]> rows = new ArrayList<>();
        long[] total = {-1};
        boolean[] noWords = {false};
        jdbc.sql(sql)
                .paramSource(params)
                .query((ResultSet rs) -> {
                    if (rs.getInt("nodes") == 0) {
                        noWords[0] = true;
                    } else if (rs.getObject("id") != null) {
                        total[0] = rs.getLong("total");
                        rows.add(new Object[] {hit(rs)});
                    }
                });
        if (noWords[0]) {
            return SearchResult.of(SearchResult.Problem.NO_WORDS);
        }
        List<SearchResult.Hit> hits = rows.stream().map(r -> (SearchResult.Hit) r[0]).toList();
        Facets facets = facets(request.text(), reader);
        long count = total[0] >= 0 ? total[0] : hits.isEmpty() && request.page() > 0 ? count(request.text(), reader, filters, params) : 0;
        String suggestion = count == 0 && facets.total() == 0 ? suggest(request.text(), reader) : null;
        return new SearchResult(SearchResult.Problem.NONE, hits, count, facets.kinds(), facets.bodies(), facets.years(),
                facets.statuses(), suggestion);
    }

    /**
     * The plan of a search's page query (EXPLAIN ANALYZE), for the benchmark: shows whether the GIN
     * index is used and that excerpts are computed for the page's rows only.
     */
    public String explain(SearchRequest request, Reader reader) {
        MapSqlParameterSource params = params(request.text(), reader);
        String sql = pageSql(request, params);
        return String.join("\n", jdbc.sql("explain (analyze, buffers, costs off) " + sql).paramSource(params).query(String.class).list());
    }

    private String pageSql(SearchRequest request, MapSqlParameterSource params) {
        StringBuilder filters = new StringBuilder();
        if (request.kind() != null) {
            filters.append(" and e.kind = :kind");
            params.addValue("kind", request.kind().name());
        }
        if (request.bodyId() != null) {
            filters.append(" and e.body_id = :body");
            params.addValue("body", request.bodyId());
        }
        if (request.year() != null) {
            filters.append(" and e.entry_year = :year");
            params.addValue("year", request.year());
        }
        if (request.status() != null) {
            filters.append(" and e.status = :status");
            params.addValue("status", request.status());
        }
        params.addValue("limit", request.pageSize()).addValue("offset", request.offset());
        String order = request.byDate() ? "e.occurred_on desc nulls last, e.id desc" : "rank desc, e.occurred_on desc nulls last, e.id desc";
        String outerOrder = request.byDate() ? "e.occurred_on desc nulls last, e.id desc"
                : "p.rank desc nulls last, e.occurred_on desc nulls last, e.id desc";
        params.addValue("filters", filters.toString());
        return QUERY + """
                , page as (
                    select e.id, count(*) over () as total,
                           ts_rank_cd(e.document, q.query) + case when numnode(q.phrase) > 1 and e.document @@ q.phrase then 1 else 0 end as rank
                    from search_entry e, q
                    where e.document @@ q.query and""" + VISIBLE + filters + """
                    order by %s
                    limit :limit offset :offset)
                select numnode(q.query) as nodes, p.total, e.id, e.kind, e.record_id, e.occurred_on, e.case_number, e.body_name,
                       e.status, e.url,
                       ts_headline('swedish', translate(e.title, E'\\uE000\\uE001', ''), q.highlight,
                                   'HighlightAll=true, StartSel=\uE000, StopSel=\uE001') as title,
                       ts_headline('swedish', translate(left(e.body_text, 20000), E'\\uE000\\uE001', ''), q.highlight,
                                   '%s') as excerpt
                from q left join page p on true left join search_entry e on e.id = p.id
                order by %s
                """.formatted(order, HEADLINE_OPTIONS.replace("'", "''"), outerOrder);
    }

    /** The number of hits of the filtered search, for a page past the last one. */
    private long count(String text, Reader reader, CharSequence filters, MapSqlParameterSource params) {
        return jdbc.sql(QUERY + "select count(*) from search_entry e, q where e.document @@ q.query and" + VISIBLE + filters)
                .paramSource(params).query(Long.class).single();
    }

    private static SearchResult.Hit hit(ResultSet rs) throws SQLException {
        Date date = rs.getDate("occurred_on");
        return new SearchResult.Hit(rs.getLong("id"), SearchKind.valueOf(rs.getString("kind")), rs.getLong("record_id"),
                Segment.parse(rs.getString("title")), Segment.parse(rs.getString("excerpt")),
                date == null ? null : date.toLocalDate(), rs.getString("case_number"), rs.getString("body_name"),
                rs.getString("status"), rs.getString("url"));
    }

    private MapSqlParameterSource params(String text, Reader reader) {
        return new MapSqlParameterSource().addValue("q", text).addValue("plain", String.join(" ", QueryText.words(text)))
                .addValue("staff", reader.staff()).addValue("person", reader.personId(), java.sql.Types.BIGINT);
    }

    record Facets(List<SearchResult.Facet> kinds, List<SearchResult.Facet> bodies, List<SearchResult.Facet> years,
                  List<SearchResult.Facet> statuses, long total) {
    }

    private Facets facets(String text, Reader reader) {
        List<SearchResult.Facet> kinds = new ArrayList<>();
        List<SearchResult.Facet> bodies = new ArrayList<>();
        List<SearchResult.Facet> years = new ArrayList<>();
        List<SearchResult.Facet> statuses = new ArrayList<>();
        jdbc.sql(QUERY + """
                , matched as (select e.kind, e.body_id, e.body_name, e.entry_year, e.status
                              from search_entry e, q where e.document @@ q.query and""" + VISIBLE + """
                )
                select 'kind' as facet, kind as value, kind as label, kind, count(*) as n from matched group by kind
                union all
                select 'body', body_id::text, max(body_name), null, count(*) from matched where body_id is not null group by body_id
                union all
                select 'year', entry_year::text, entry_year::text, null, count(*) from matched where entry_year is not null group by entry_year
                union all
                select 'status', status, status, kind, count(*) from matched where status is not null group by kind, status
                order by 1, 5 desc, 3
                """)
                .paramSource(params(text, reader))
                .query((ResultSet rs) -> {
                    {
                        String kind = rs.getString("kind");
                        SearchResult.Facet facet = new SearchResult.Facet(rs.getString("value"), rs.getString("label"),
                                kind == null ? null : SearchKind.valueOf(kind), rs.getLong("n"));
                        switch (rs.getString("facet")) {
                            case "kind" -> kinds.add(facet);
                            case "body" -> bodies.add(facet);
                            case "year" -> years.add(facet);
                            default -> {
                                if (facet.kind().statusKeyPrefix() != null) {
                                    statuses.add(facet);
                                }
                            }
                        }
                    }
                });
        years.sort((a, b) -> b.value().compareTo(a.value()));
        long total = kinds.stream().mapToLong(SearchResult.Facet::count).sum();
        return new Facets(kinds, bodies, years, statuses, total);
    }

    /** "Menade du …?": each word replaced by the most similar word of the public vocabulary, if that finds something. */
    String suggest(String text, Reader reader) {
        if (!capabilities.trigrams()) {
            return null;
        }
        List<String> words = QueryText.words(text).stream().limit(8).toList();
        if (words.isEmpty()) {
            return null;
        }
        List<String> replaced = new ArrayList<>();
        boolean[] changed = {false};
        jdbc.sql("""
                select w.input, (select s.word from search_word s where s.word % w.input and s.word <> w.input
                                 order by similarity(s.word, w.input) desc, s.word limit 1) as suggestion
                from unnest(string_to_array(:words, ' ')) with ordinality as w(input, n)
                order by w.n
                """)
                .param("words", String.join(" ", words))
                .query((ResultSet rs) -> {
                    {
                        String suggestion = rs.getString("suggestion");
                        String input = rs.getString("input");
                        boolean known = input.length() < 4;
                        if (suggestion != null && !known) {
                            changed[0] = true;
                            replaced.add(suggestion);
                        } else {
                            replaced.add(input);
                        }
                    }
                });
        if (!changed[0]) {
            return null;
        }
        String suggestion = String.join(" ", replaced);
        Long found = jdbc.sql(QUERY + "select count(*) from (select 1 from search_entry e, q where e.document @@ q.query and"
                        + VISIBLE + " limit 1) x")
                .paramSource(params(suggestion, reader)).query(Long.class).single();
        return found > 0 ? suggestion : null;
    }
}
