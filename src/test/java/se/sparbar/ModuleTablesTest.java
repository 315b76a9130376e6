package se.sparbar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL in a module names only that module's tables, and the views other modules publish
 * ({@code <module>_…_v}, created in that module's migrations and listed in docs/data-model.md). The
 * module check cannot see SQL, so this test reads the Java sources: every string literal and text
 * block is searched for {@code from|join|into|update <table>}. A table belongs to the module of the
 * entity mapped to it ({@code @Table(name = …)}), or to the module {@link #TABLES_WITHOUT_ENTITY} names.
 */
class ModuleTablesTest {

    static final Path SOURCES = Path.of("src/main/java/se/sparbar");

    /** Tables that no entity maps (counters, join tables of element collections, Envers' revision). */
    static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.ofEntries(
            Map.entry("user_account_role", "organisation"),
            Map.entry("case_number_counter", "registry"),
            Map.entry("case_document_file", "registry"),
            // the old document ids (V30) and the files they became, read by /documents/{id}
            Map.entry("attached_file_former_document", "files"),
            // the lists' totals, kept by V40's triggers
            Map.entry("case_tally", "registry"),
            Map.entry("motion_tally", "motion"),
            Map.entry("paragraph_number_counter", "meeting"),
            Map.entry("paragraph_proposal_supporter", "meeting"),
            Map.entry("action_item_responsible_role", "actionplan"),
            Map.entry("revision", "audit"),
            Map.entry("record_event", "record"),
            // the search index is kept by V8's triggers and read with plain SQL
            Map.entry("search_entry", "search"),
            Map.entry("search_word", "search"),
            // the public pages' version, raised by V50's triggers, read by the public pages' cache
            Map.entry("public_page_version", "publicsite"),
            // notifications are written with plain SQL (JdbcTemplate), not entities
            Map.entry("notification_email_change", "notification"),
            Map.entry("notification_subscription", "notification"),
            Map.entry("notification_outbox", "notification"),
            Map.entry("notification_delivery", "notification"));

    /**
     * The demo module seeds every module as a migration would (it raises the registry's and the
     * minutes' number counters to the seeds' numbers); it is the one module left out.
     */
    static final Set<String> SEEDING_MODULES = Set.of("demo");

    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(name = \"([a-z0-9_]+)\"");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern NAMED_TABLE = Pattern.compile("(?i:\\bfrom|\\bjoin|\\binto|\\bupdate)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern PUBLISHED_VIEW = Pattern.compile("([a-z]+)_[a-z0-9_]+_v");

    @Test
    void sqlInAModuleNamesOnlyItsOwnTablesAndPublishedViews() {
        Map<String, String> owners = owners();
        Set<String> found = new TreeSet<>();
        Set<String> views = new TreeSet<>();
        sources().forEach(file -> {
            String module = moduleOf(file);
            if (SEEDING_MODULES.contains(module)) {
                return;
            }
            for (String sql : literals(read(file))) {
                Matcher named = NAMED_TABLE.matcher(sql);
                while (named.find()) {
                    String table = named.group(1);
                    String owner = owners.get(table);
                    if (owner != null && !owner.equals(module)) {
                        found.add(module + " → " + table + " (" + SOURCES.relativize(file) + ")");
                    }
                    if (PUBLISHED_VIEW.matcher(table).matches()) {
                        views.add(table);
                    }
                }
            }
        });
        assertThat(found).as("SQL naming another module's table; read the view that module publishes instead").isEmpty();
        assertThat(views).as("views read in SQL are named for a module").allMatch(view -> moduleExists(view.substring(0, view.indexOf('_'))));
    }

    @Test
    void everyTableInTheMigrationsHasAnOwningModule() throws IOException {
        Map<String, String> owners = owners();
        Set<String> unowned = new TreeSet<>();
        Pattern create = Pattern.compile("(?i:create table)\\s+([a-z0-9_]+)");
        // a table a later migration dropped (V30: the older document store) belongs to no module now
        Set<String> dropped = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("db/migration"))) {
            migrations.filter(p -> p.getFileName().toString().endsWith(".sql")).forEach(migration -> {
                Matcher m = Pattern.compile("(?i:drop table)\\s+(?:if exists\\s+)?([a-z0-9_]+)").matcher(read(migration));
                while (m.find()) {
                    dropped.add(m.group(1));
                }
            });
        }
        try (Stream<Path> migrations = Files.list(Path.of("db/migration"))) {
            migrations.filter(p -> p.getFileName().toString().matches("V([1-9]|1[0-3])__.*\\.sql")).forEach(migration -> {
                Matcher m = create.matcher(read(migration));
                while (m.find()) {
                    String table = m.group(1);
                    if (!table.endsWith("_aud") && !owners.containsKey(table) && !dropped.contains(table)) {
                        unowned.add(table + " (" + migration.getFileName() + ")");
                    }
                }
            });
        }
        assertThat(unowned).as("tables whose module the table test cannot tell").isEmpty();
    }

    /** Table → module, from the entities' {@code @Table} and the explicit list. */
    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>(TABLES_WITHOUT_ENTITY);
        sources().forEach(file -> {
            Matcher m = TABLE_ANNOTATION.matcher(read(file));
            while (m.find()) {
                owners.put(m.group(1), moduleOf(file));
            }
        });
        return owners;
    }

    static Set<String> literals(String source) {
        Set<String> literals = new TreeSet<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        return literals;
    }

    private static boolean moduleExists(String module) {
        return Files.isDirectory(SOURCES.resolve(module));
    }

    private static String moduleOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    private static Stream<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
