package se.sparbar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.sparbar.Endpoints.Endpoint;

/**
 * Who may use which door: the expected outcome of every endpoint the application maps (GET and
 * POST, read from the handler mappings) for every role, in the states that change the answer,
 * written down in {@code permission-matrix.txt} beside this class. An endpoint without a row fails
 * the build, so that no new endpoint ships unlisted; a row without an endpoint fails it too.
 *
 * <p>Outcomes: {@code L} sent to the login page, {@code F} forbidden (403), {@code N} not found
 * (404: the record is not shown to this user), {@code A} allowed (the handler ran: a page, a
 * redirect, a field error, a refusal of the change). Any 5xx fails the test whatever the table says.
 * Requests carry a plausible value in every field (so that the handler, and its role check, is
 * reached) and each runs in a transaction that is rolled back, so the states stay as they are.
 */
@IntegrationTest
class PermissionMatrixTest {

    static final List<String> ROLES = List.of("anon", "own", "other", "clerk", "official", "admin");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    se.sparbar.meeting.domain.Minutes minutes;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    java.time.Clock clock;

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() throws Exception {
        Map<String, String> expected = readMatrix();
        // a document of the older store, moved (V30) to a public case file: its old address is a redirect for everyone
        jdbc.update("""
                insert into attached_file_former_document (id, file_id)
                select coalesce((select max(id) from attached_file_former_document), 0) + 1, max(f.id) from attached_file f
                where f.case_id is not null and not f.deleted and f.id not in (select file_id from attached_file_former_document)""");
        Fixtures fixtures = new Fixtures(jdbc, minutes, clock);
        Map<String, RequestPostProcessor> users = users();
        Map<String, String> actual = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (Endpoint endpoint : Endpoints.of(mapping)) {
            for (String state : fixtures.statesOf(endpoint)) {
                String path = endpoint.path(variable -> fixtures.valueOf(endpoint, state, variable));
                StringBuilder outcomes = new StringBuilder();
                for (String role : ROLES) {
                    String outcome = outcome(endpoint, path, users.get(role));
                    if (outcome.equals("E")) {
                        serverErrors.add(row(endpoint, state) + " as " + role + " (" + path + ")");
                    }
                    outcomes.append(outcomes.isEmpty() ? "" : " ").append(outcome);
                }
                actual.put(row(endpoint, state), outcomes.toString());
            }
        }
        if (Boolean.getBoolean("matrix.print")) {
            StringBuilder table = new StringBuilder();
            actual.forEach((row, outcomes) -> table.append(String.format("%-75s | %s%n", row, outcomes)));
            System.out.println("PERMISSION MATRIX\n" + table);
        }
        assertThat(serverErrors).as("requests that answered 5xx").isEmpty();
        assertThat(new TreeSet<>(expected.keySet())).as("endpoints without a row in permission-matrix.txt (add one)")
                .containsAll(actual.keySet());
        assertThat(new TreeSet<>(actual.keySet())).as("rows in permission-matrix.txt for endpoints that are not mapped")
                .containsAll(expected.keySet());
        List<String> differences = new ArrayList<>();
        actual.forEach((row, outcomes) -> {
            if (!outcomes.equals(expected.get(row))) {
                differences.add(row + ": expected " + expected.get(row) + ", was " + outcomes + "  (" + String.join(" ", ROLES) + ")");
            }
        });
        assertThat(differences).as("outcomes that differ from the matrix").isEmpty();
    }

    private static String row(Endpoint endpoint, String state) {
        return endpoint.key() + (state.isEmpty() ? "" : " [" + state + "]");
    }

    private Map<String, RequestPostProcessor> users() {
        Map<String, RequestPostProcessor> users = new LinkedHashMap<>();
        users.put("anon", request -> request);
        users.put("own", user(accounts.loadUserByUsername("councillor")));
        users.put("other", user(accounts.loadUserByUsername("councillor2")));
        users.put("clerk", user(accounts.loadUserByUsername("clerk")));
        users.put("official", user(accounts.loadUserByUsername("official")));
        users.put("admin", user(accounts.loadUserByUsername("admin")));
        return users;
    }

    private String outcome(Endpoint endpoint, String path, RequestPostProcessor as) {
        AbstractMockHttpServletRequestBuilder<?> request = endpoint.method().equals("GET") ? get(path)
                : !endpoint.files().isEmpty() ? multipart(path).with(csrf()) : post(path).with(csrf());
        for (String condition : endpoint.params()) {
            String[] parts = condition.split("=", 2);
            if (parts.length == 2 && !parts[0].startsWith("!")) {
                request.param(parts[0], parts[1]);
            }
        }
        // plausible values for every field, so that the handler is reached (a missing required parameter
        // would be refused before any role check runs, and look like an open door)
        ExistingIds ids = new ExistingIds(jdbc);
        endpoint.fields().forEach((field, type) -> {
            String value = HostileInputFuzzTest.baseline(field, type, ids);
            request.param(field, value.equals(HostileInputFuzzTest.CURRENT_VERSION) ? ids.versionOf(endpoint.pattern(), path) : value);
        });
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            try {
                MockHttpServletResponse response = mvc.perform(request.with(as)).andReturn().getResponse();
                int code = response.getStatus();
                String location = response.getRedirectedUrl();
                if (code == 401 || (code / 100 == 3 && location != null && location.matches("(https?://[^/]+)?/login"))) {
                    return "L";
                }
                return code == 403 ? "F" : code == 404 ? "N" : code >= 500 ? "E" : "A";
            } catch (Exception e) {
                return "E";
            }
        });
    }

    private static Map<String, String> readMatrix() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = PermissionMatrixTest.class.getResourceAsStream("permission-matrix.txt")) {
            assertThat(in).as("permission-matrix.txt beside PermissionMatrixTest").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                rows.put(parts[0].trim(), parts[1].trim().replaceAll("\\s+", " "));
            }
        }
        return rows;
    }

    /** The records each state names, found in the demo municipality. */
    static final class Fixtures {

        private final JdbcTemplate jdbc;
        private final ExistingIds existing;
        private final Map<String, String> byState = new LinkedHashMap<>();

        Fixtures(JdbcTemplate jdbc, se.sparbar.meeting.domain.Minutes minutes, java.time.Clock clock) {
            this.jdbc = jdbc;
            this.existing = new ExistingIds(jdbc);
            byState.put("motion:draft", one("select min(m.id) from motion m join user_account u on u.id = m.filed_by "
                    + "where u.username = 'councillor' and m.status = 'DRAFT'"));
            byState.put("motion:submitted", one("select min(m.id) from motion m join user_account u on u.id = m.filed_by "
                    + "where u.username = 'councillor' and m.status = 'SUBMITTED'"));
            byState.put("meeting:unposted", one("select min(id) from meeting where status <> 'POSTED'"));
            byState.put("meeting:posted", one("select min(id) from meeting where status = 'POSTED'"));
            Long unposted = jdbc.queryForObject("select min(p.id) from minutes_paragraph p join meeting m on m.id = p.meeting_id "
                    + "where m.status <> 'POSTED'", Long.class);
            if (unposted == null) {
                unposted = minutes.addParagraph(Long.parseLong(byState.get("meeting:unposted")), "Paragraf för behörighetsmatrisen");
            }
            byState.put("paragraph:unposted", unposted.toString());
            // a file of the councillor's draft (only she may read it, as the draft), and a public one of a case
            long draft = Long.parseLong(byState.get("motion:draft"));
            Long draftFile = jdbc.queryForObject("select min(id) from attached_file where motion_id = ? and not deleted", Long.class, draft);
            if (draftFile == null) {
                byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
                draftFile = jdbc.queryForObject("""
                        insert into attached_file (motion_id, name, file_name, media_type, size_bytes, sha512, created_at, modified_at,
                                                   uploaded_by)
                        select ?, 'Utkastets bilaga', 'bilaga.pdf', 'application/pdf', ?, repeat('a', 128), ?, ?, id
                        from user_account where username = 'councillor' returning id""", Long.class, draft, pdf.length,
                        java.time.OffsetDateTime.now(clock), java.time.OffsetDateTime.now(clock));
                jdbc.update("insert into attached_file_content (file_id, content) values (?, ?)", draftFile, pdf);
            }
            byState.put("file:draft", draftFile.toString());
            byState.put("file:public", existing.valueOf("/files/{id}", "id"));
            byState.put("paragraph:posted", one("select min(p.id) from minutes_paragraph p join meeting m on m.id = p.meeting_id "
                    + "where m.status = 'POSTED'"));
        }

        private String one(String sql) {
            Long id = jdbc.queryForObject(sql, Long.class);
            assertThat(id).as("a demo record for " + sql).isNotNull();
            return id.toString();
        }

        /** The kind of record the endpoint's {id} names, when its state changes who may use it. */
        private static String kind(Endpoint endpoint) {
            String pattern = endpoint.pattern();
            if (pattern.startsWith("/motions/{id") || pattern.startsWith("/history/{entityName}/{id")) {
                // a motion's history is as private as the motion: a draft's is its filer's (HistoryReadRule)
                return "motion";
            }
            if (pattern.startsWith("/meetings/{id")) {
                return "meeting";
            }
            if (pattern.startsWith("/paragraphs/{id")) {
                return "paragraph";
            }
            if (pattern.startsWith("/files/{id")) {
                // a file is as private as what it is attached to
                return "file";
            }
            return null;
        }

        List<String> statesOf(Endpoint endpoint) {
            String kind = kind(endpoint);
            if (kind == null) {
                return List.of("");
            }
            return kind.equals("motion") ? List.of("draft", "submitted")
                    : kind.equals("file") ? List.of("draft", "public") : List.of("unposted", "posted");
        }

        String valueOf(Endpoint endpoint, String state, String variable) {
            if (variable.equals("id") && !state.isEmpty()) {
                return byState.get(kind(endpoint) + ":" + state);
            }
            if (variable.equals("itemId") && "meeting".equals(kind(endpoint))) {
                // an agenda item of the unposted meeting, whatever agenda items other tests added to other meetings since
                Long item = jdbc.queryForObject("select max(id) from agenda_item where meeting_id = ?", Long.class,
                        Long.parseLong(byState.get("meeting:unposted")));
                if (item != null) {
                    return item.toString();
                }
            }
            return existing.valueOf(endpoint.pattern(), variable);
        }
    }
}
