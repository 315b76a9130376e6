package se.sparbar.search.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the database offers search: the Swedish hunspell dictionary in the text-search configuration
 * (else snowball alone, ADR 0010) and trigrams for spelling suggestions. Read once, at first use.
 */
@Component
public class SearchCapabilities {

    private static final Logger log = LoggerFactory.getLogger(SearchCapabilities.class);

    private final JdbcClient jdbc;
    private volatile Boolean dictionary;
    private volatile Boolean trigrams;

    SearchCapabilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether sparbar_swedish uses the Swedish hunspell dictionary (compound words, full inflection). */
    public boolean dictionary() {
        if (dictionary == null) {
            dictionary = jdbc.sql("""
                    select exists (select 1 from pg_ts_config c join pg_ts_config_map m on m.mapcfg = c.oid
                                   join pg_ts_dict d on d.oid = m.mapdict
                                   where c.cfgname = 'sparbar_swedish' and d.dictname = 'sparbar_sv_ispell')
                    """).query(Boolean.class).single();
            if (!dictionary) {
                log.warn("Search runs on PostgreSQL's snowball stemmer alone: the Swedish hunspell dictionary was not "
                        + "installed in the server's tsearch_data when the search migration ran (see ADR 0010)");
            }
        }
        return dictionary;
    }

    public boolean trigrams() {
        if (trigrams == null) {
            trigrams = jdbc.sql("select exists (select 1 from pg_extension where extname = 'pg_trgm')").query(Boolean.class).single();
        }
        return trigrams;
    }
}
