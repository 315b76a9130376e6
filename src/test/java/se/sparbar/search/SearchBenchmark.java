package se.sparbar.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.search.domain.Reader;
import se.sparbar.search.domain.SearchIndex;
import se.sparbar.search.domain.SearchRequest;
import se.sparbar.search.domain.SearchResult;
import se.sparbar.search.domain.SearchResults;

/**
 * Benchmark of search, not part of {@code ./mvnw verify} (tagged {@code benchmark}, which the build excludes):
 * 100,000 motions and 50,000 minutes paragraphs of generated Swedish text, indexed through the
 * real triggers, then five typical queries at 20 concurrent clients, each computed every time and then
 * through the result cache as /search asks it (ADR 0010). Prints build time, index
 * sizes, p50/p95 per query and the plans. Run once with
 * {@code ./mvnw -o test -Dgroups=benchmark -DexcludedGroups= -Dtest=SearchBenchmark}
 * (sizes: -Dbenchmark.motions=… -Dbenchmark.paragraphs=…). Each line is also appended to
 * target/search-benchmark.txt as soon as it is known, so a run cut short keeps what it measured.
 * The build is long (the Swedish dictionary runs in the trigger of every row) and the queries need a quiet
 * machine: with {@code -Dbenchmark.quietLoad=1.5} the query phase waits (at most
 * {@code -Dbenchmark.quietWaitMinutes}, default 90) until the one-minute load average is below that figure,
 * and reports the load it ran at. With {@code -Dsparbar.embedded-database.ephemeral=false
 * -Dsparbar.embedded-database.data-directory=DIR} the data is kept, and a second run measures without building again.
 */
@IntegrationTest
@org.junit.jupiter.api.Tag("benchmark")
class SearchBenchmark {

    private static final int MOTIONS = Integer.getInteger("benchmark.motions", 100_000);
    private static final int PARAGRAPHS = Integer.getInteger("benchmark.paragraphs", 50_000);
    private static final int CLIENTS = 20;
    private static final int ROUNDS = 10;
    /** The application's connection pool; a search that waits longer than 1.5 s for one is refused (a 503 on the page). */
    private static final int POOL = 10;

    /** Words of a municipality's business: nouns with their inflections, compounds, verbs, small words. */
    private static final String VOCABULARY = String.join(" ",
            "kommunfullmäktige kommunstyrelsen kommunstyrelse fullmäktige nämnden nämnd servicenämnden tekniska",
            "förskola förskolan förskolor förskolorna skolan skolor grundskolan gymnasieskolan fritidsgården",
            "budget budgeten budgetprocessen budgetramen budgetåret driftbudget investeringsbudget",
            "styrmodell styrmodellen styrmodellens styrdokument styrdokumenten målstyrning uppföljning uppföljningen",
            "beslut beslutet besluten beslutade beslutar beslutsunderlag beslutsunderlaget protokollet protokoll",
            "motion motionen motionären yttrande yttrandet remiss remissen beredning beredningen förslag förslaget",
            "äldreomsorg äldreomsorgen hemtjänsten hemtjänst vårdboende vårdboendet socialtjänsten bistånd",
            "gatubelysning gatubelysningen cykelväg cykelvägar cykelvägen trafiksäkerhet trafiksäkerheten busshållplats",
            "bostäder bostadsbyggande detaljplan detaljplanen översiktsplan bygglov markanvändning exploatering",
            "lokalförsörjning lokalerna lokaler idrottshall idrottshallen simhall simhallen bibliotek biblioteket",
            "klimat klimatet klimatmål energi energieffektivisering solceller laddstolpar avfall återvinning",
            "folkhälsa folkhälsan föreningar föreningsbidrag kultur kulturskolan ungdomar barn elever lärare",
            "ekonomi ekonomin kostnader kostnaden intäkter underskott överskott avgifter taxor taxan skattesats",
            "medborgare invånare kommuninvånare dialog medborgardialog delaktighet inflytande insyn",
            "utreda utredning utredningen föreslår föreslås bifalla bifall avslå avslag besvara anses besvarad",
            "att och i på för med som det den en ett till av om inte ska kan vill har är var från vid under",
            "nya ny nytt bättre fler mer långsiktig hållbar trygg tillgänglig god effektiv samlad gemensam",
            "Alingsås Ängabo Nolhaga Noltorp Stadsparken torget centrum stationen hamnen skogen sjön");

    private static final String SMALL_WORDS = " att och i på för med som det den en ett till av om inte ska kan vill har är var från vid under ";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchResults results;

    @Test
    void searchOn100000MotionsAnd50000Paragraphs() throws Exception {
        report("Benchmark database %s at load %s", jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>)
                connection -> connection.getMetaData().getURL()), loadAverage());
        String[] ranked = rankedVocabulary();
        jdbc.execute("drop table if exists bench_words");
        jdbc.execute("create table bench_words (rank integer primary key, w text not null)");
        jdbc.update("insert into bench_words select n, w from unnest(?::text[]) with ordinality as v(w, n)", (Object) ranked);
        // a pool of generated sentences; each record combines two or three of them (generating per row would dominate the build).
        // Words are drawn by rank with Zipf's law (log-uniform rank: P(r) ~ 1/r), as in running text: the small words
        // are everywhere, a word of the municipality's business is in a few records in a hundred, the long tail is rare.
        jdbc.execute("drop table if exists bench_text");
        jdbc.execute("""
                create table bench_text as
                select i,
                       (select string_agg(w.w, ' ' order by g) || '.'
                        from generate_series(1, 45 + i %% 30) g
                        cross join lateral (select 1 + floor(exp(random() * ln(%1$d - 1)))::int + 0 * g + 0 * i as r) x
                        join bench_words w on w.rank = x.r) as t,
                       (select initcap(string_agg(w.w, ' ' order by g))
                        from generate_series(1, 6 + i %% 4) g
                        cross join lateral (select 41 + floor(exp(random() * ln(2960)))::int + 0 * g + 0 * i as r) x
                        join bench_words w on w.rank = x.r) as title
                from generate_series(1, 3000) i
                """.formatted(ranked.length));
        report("Benchmark text: %d words ranked (stop words, then the business vocabulary spread over ranks 41-%d, then the"
                + " dictionary's long tail); sentence sample: %s", ranked.length, 40 + 8 * 330,
                jdbc.queryForObject("select left(t, 160) from bench_text where i = 1", String.class));
        build();
        jdbc.execute("drop table bench_words");
        jdbc.execute("drop table bench_text");
        report("Benchmark sizes: " + jdbc.queryForMap("""
                select (select count(*) from search_entry) as entries,
                       pg_size_pretty(pg_relation_size('search_entry')) as table_heap,
                       pg_size_pretty(pg_total_relation_size('search_entry')) as table_total_with_toast_and_indexes,
                       pg_size_pretty(pg_relation_size('ix_search_entry_document')) as gin_index,
                       pg_size_pretty(pg_relation_size('ix_search_entry_date')) as date_index,
                       (select count(*) from search_word) as vocabulary_words,
                       pg_size_pretty(pg_total_relation_size('search_word')) as vocabulary_total
                """));
        measure();
    }

    /** 100,000 motions and 50,000 paragraphs through the real triggers; what the build costs is itself a figure. */
    private void build() {
        // a kept data directory: go on from what an earlier run built (each batch is committed on its own)
        int motionsBuilt = jdbc.queryForObject("select count(*) from motion where contact_first_name = 'Bench'", Integer.class);
        Long keptMeeting = jdbc.query("select id from meeting where place = 'Bench'", rs -> rs.next() ? rs.getLong(1) : null);
        int paragraphsBuilt = keptMeeting == null ? 0
                : jdbc.queryForObject("select count(*) from minutes_paragraph where meeting_id = ?", Integer.class, keptMeeting);
        if (motionsBuilt >= MOTIONS && paragraphsBuilt >= PARAGRAPHS) {
            report("Benchmark build: reusing the %d motions and %d paragraphs already in the database", motionsBuilt, paragraphsBuilt);
            return;
        }
        report("Benchmark build: %d motions and %d paragraphs already built", motionsBuilt, paragraphsBuilt);
        long start = System.nanoTime();
        // motions through the real trigger, 1,000 at a time (so the build is also what saving does, row by row)
        for (int from = motionsBuilt; from < MOTIONS; from += 5_000) {
            jdbc.update("""
                    insert into motion (addressed_body_id, title, motion_text, first_signatory_id, filed_by, contact_first_name,
                                        contact_last_name, created_at, submitted_at, filed_year, deadline_on, status, status_changed_at)
                    select b.id, t1.title || case when n % 5000 = 7 then ' vattentornet' else '' end, t1.t || ' ' || t2.t || case when n % 500 = 3 then ' den nya styrmodellen' else '' end,
                           p.id, u.id, 'Bench', 'B', ts, ts, extract(year from ts)::int, (ts + interval '12 months')::date, 'SUBMITTED', ts
                    from generate_series(?::bigint, ?::bigint) n
                    cross join lateral (select now() - (n % 2000 || ' days')::interval as ts) d
                    join bench_text t1 on t1.i = 1 + (n * 7919) % 3000
                    join bench_text t2 on t2.i = 1 + (n * 104729 + 17) % 3000,
                         body b, person p, user_account u
                    where b.abbreviation = 'KF' and p.last_name = 'Sigfrids' and u.username = 'councillor'
                    """, from + 1, Math.min(from + 5_000, MOTIONS));
            report("Benchmark build: %d motions after %d ms", Math.min(from + 5_000, MOTIONS), (System.nanoTime() - start) / 1_000_000);
        }
        long motionsMs = (System.nanoTime() - start) / 1_000_000;
        long paragraphStart = System.nanoTime();
        long meeting = keptMeeting != null ? keptMeeting : jdbc.queryForObject("insert into meeting (body_id, starts_at, place, status) "
                + "values ((select id from body where abbreviation = 'KS'), now() - interval '400 days', 'Bench', 'HELD') returning id", Long.class);
        jdbc.update("update meeting set status = 'HELD', adjusted_on = null where id = ?", meeting);
        for (int from = paragraphsBuilt; from < PARAGRAPHS; from += 5_000) {
            jdbc.update("""
                    insert into minutes_paragraph (meeting_id, body_id, paragraph_year, number, title, case_description, decision_text,
                                                   outcome, decided_on)
                    select m.id, m.body_id, 2024, 100000 + n, t1.title, t1.t || ' ' || t2.t || ' ' || t3.t,
                           'Kommunstyrelsen beslutar att bifalla förslaget.', 'APPROVED', date '2024-01-01' + (n % 360)::int
                    from generate_series(?::bigint, ?::bigint) n
                    join bench_text t1 on t1.i = 1 + (n * 7907) % 3000
                    join bench_text t2 on t2.i = 1 + (n * 104723 + 5) % 3000
                    join bench_text t3 on t3.i = 1 + (n * 3001 + 11) % 3000, meeting m
                    where m.id = ?
                    """, from + 1, Math.min(from + 5_000, PARAGRAPHS), meeting);
        }
        jdbc.update("update meeting set status = 'POSTED', adjusted_on = current_date where id = ?", meeting);
        long paragraphsMs = (System.nanoTime() - paragraphStart) / 1_000_000;
        jdbc.execute("vacuum analyze search_entry");
        report("Benchmark build: %d motions in %d ms, %d paragraphs (inserted, then indexed again when the minutes were posted) in %d ms%n",
                MOTIONS, motionsMs, PARAGRAPHS, paragraphsMs);
    }

    private void measure() throws Exception {
        waitForQuietMachine();
        // every pooled connection loads the Swedish dictionary on its first search (about 1.5 s): warm them all first
        ExecutorService warmUp = Executors.newFixedThreadPool(POOL);
        for (var f : warmUp.invokeAll(Collections.nCopies(POOL, () -> index.search(
                new SearchRequest("kommun", null, null, null, null, false, 0, 20), Reader.PUBLIC)))) {
            f.get();
        }
        warmUp.shutdown();
        report("Benchmark queries start at load %s", loadAverage());
        long body = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        Map<String, SearchRequest> queries = new LinkedHashMap<>();
        queries.put("common word 'förskola'", new SearchRequest("förskola", null, null, null, null, false, 0, 20));
        queries.put("rare word 'vattentornet'", new SearchRequest("vattentornet", null, null, null, null, false, 0, 20));
        queries.put("compound part 'fullmäktige'", new SearchRequest("fullmäktige", null, null, null, null, false, 0, 20));
        queries.put("phrase '\"nya styrmodellen\"'", new SearchRequest("\"nya styrmodellen\"", null, null, null, null, false, 0, 20));
        queries.put("filtered 'budget' paragraphs KS 2024", new SearchRequest("budget", SearchKind.PARAGRAPH, body, 2024, null, false, 0, 20));
        for (var query : queries.entrySet()) {
            SearchResult warm = index.search(query.getValue(), Reader.PUBLIC);
            Timings computed = clients(() -> index.search(query.getValue(), Reader.PUBLIC));
            results.search(query.getValue(), Reader.PUBLIC); // the first reader of a surge computes it; the others read it
            Timings cached = clients(() -> results.search(query.getValue(), Reader.PUBLIC));
            report("Benchmark query %-40s hits %7d  every search computed: p50 %7.1f ms  p95 %7.1f ms, %d of %d refused (no connection"
                            + " within 1.5 s);  through the warm cache (what /search does in a surge): p50 %6.1f ms  p95 %6.1f ms, %d refused"
                            + "  (%d clients)%n",
                    query.getKey(), warm.total(), computed.percentile(50), computed.percentile(95), computed.refused(),
                    computed.micros().size() + computed.refused(), cached.percentile(50), cached.percentile(95), cached.refused(), CLIENTS);
        }
        report("Benchmark plan (common word):\n" + index.explain(queries.get("common word 'förskola'"), Reader.PUBLIC));
        report("Benchmark plan (rare word):\n" + index.explain(queries.get("rare word 'vattentornet'"), Reader.PUBLIC));
        report("Benchmark plan (filtered):\n" + index.explain(queries.get("filtered 'budget' paragraphs KS 2024"), Reader.PUBLIC));
    }

    /** The times of the searches that got a connection (microseconds, sorted), and how many did not. */
    private record Timings(List<Long> micros, int refused) {

        double percentile(int p) {
            return micros.isEmpty() ? Double.NaN : micros.get(Math.min(micros.size() - 1, (int) (micros.size() * p / 100.0))) / 1000.0;
        }
    }

    /** {@value #CLIENTS} clients, each searching {@value #ROUNDS} times. */
    private static Timings clients(Runnable search) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Timings>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(clients.submit(() -> {
                List<Long> times = new ArrayList<>();
                int refused = 0;
                for (int r = 0; r < ROUNDS; r++) {
                    long t = System.nanoTime();
                    try {
                        search.run();
                        times.add((System.nanoTime() - t) / 1_000);
                    } catch (org.springframework.dao.DataAccessResourceFailureException e) {
                        refused++;
                    }
                }
                return new Timings(times, refused);
            }));
        }
        List<Long> all = new ArrayList<>();
        int refused = 0;
        for (var f : futures) {
            all.addAll(f.get().micros());
            refused += f.get().refused();
        }
        clients.shutdown();
        Collections.sort(all);
        return new Timings(all, refused);
    }

    /**
     * The ranked vocabulary: the small words first, then the business words spread over ranks 41 to about 2,700 (one in
     * eight), the other ranks filled from the Swedish dictionary shipped with the app (every sixth plain word).
     */
    private static String[] rankedVocabulary() throws java.io.IOException {
        String[] business = VOCABULARY.split(" ");
        List<String> small = new ArrayList<>();
        List<String> domain = new ArrayList<>();
        for (String w : business) {
            (w.length() <= 4 && Character.isLowerCase(w.charAt(0)) && SMALL_WORDS.contains(" " + w + " ") ? small : domain).add(w);
        }
        List<String> tail = new ArrayList<>();
        try (var in = SearchBenchmark.class.getResourceAsStream("/tsearch/sv_se.dict")) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i += 6) {
                String w = lines[i].split("/")[0].trim();
                if (w.matches("[a-zåäö]{4,}")) {
                    tail.add(w);
                }
            }
        }
        List<String> ranked = new ArrayList<>(small);
        int d = 0;
        int t = 0;
        while (d < domain.size() || t < tail.size()) {
            if (d < domain.size() && (ranked.size() - small.size()) % 8 == 0) {
                ranked.add(domain.get(d++));
            } else if (t < tail.size()) {
                ranked.add(tail.get(t++));
            } else {
                ranked.add(domain.get(d++));
            }
        }
        return ranked.toArray(String[]::new);
    }

    /** Waits, if asked to, until the machine is quiet enough that the figures measure the search and not the neighbours. */
    private static void waitForQuietMachine() throws InterruptedException {
        String quiet = System.getProperty("benchmark.quietLoad");
        if (quiet == null) {
            return;
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(Integer.getInteger("benchmark.quietWaitMinutes", 90));
        while (oneMinuteLoad() >= Double.parseDouble(quiet) && System.nanoTime() < deadline) {
            Thread.sleep(10_000);
        }
    }

    private static double oneMinuteLoad() {
        return Double.parseDouble(loadAverage().split(" ")[0]);
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "? ? ?";
        }
    }

    private static void report(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        System.out.println(line);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "search-benchmark.txt"),
                    java.time.Instant.now() + " " + line + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
