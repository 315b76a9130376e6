package se.sparbar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.sparbar.Endpoints.Endpoint;

/**
 * Hostile input at every door: every endpoint the handler mappings know, every request parameter
 * and form field it binds, each given NUL bytes, ids that do not exist, numbers too large for their
 * type, words where enums or numbers belong, 100,000 characters and a page far beyond the end; and
 * every path variable given ids that do not exist. None may answer 5xx.
 *
 * <p>It runs in a database of its own (the demo municipality, loaded afresh), because hostile
 * requests that are accepted change data the other tests read.
 */
@SpringBootTest(properties = {"sparbar.embedded-database.database=sparbar_fuzz",
        "logging.level.org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver=ERROR",
        "logging.level.org.hibernate.orm.jdbc.error=ERROR", "logging.level.se.sparbar=ERROR"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HostileInputFuzzTest {

    static final String LONG_TEXT = "x".repeat(100_000);

    /** Stands for the record's current version, read just before the request, so that a change gets as far as it can. */
    static final String CURRENT_VERSION = "current-version";

    /** Every field at once, whatever its type. */
    static final List<String> EVERY_FIELD = List.of("a\u0000b", "abc", "9999999999999");

    static final List<String> HOSTILE_IDS = List.of("-1", "0", "9999999999999", "99999999999999999999");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void noHostileRequestToAnyEndpointAnswers5xx() throws Exception {
        List<Endpoint> endpoints = Endpoints.of(mapping);
        ExistingIds ids = new ExistingIds(jdbc);
        Map<String, RequestPostProcessor> users = new LinkedHashMap<>();
        for (String username : List.of("councillor", "clerk", "official", "admin")) {
            users.put(username, user(accounts.loadUserByUsername(username)));
        }
        int requests = 0;
        Map<String, List<String>> failures = new TreeMap<>();
        long started = System.nanoTime();
        for (Endpoint endpoint : endpoints) {
            RequestPostProcessor as = users.get(userFor(endpoint));
            Map<String, String> realIds = new LinkedHashMap<>();
            endpoint.pathVariables().forEach(v -> realIds.put(v, ids.valueOf(endpoint.pattern(), v)));
            String path = endpoint.path(realIds::get);
            Map<String, String> baseline = new LinkedHashMap<>();
            endpoint.fields().forEach((field, type) -> baseline.put(field, baseline(field, type, ids)));
            List<Map<String, String>> variants = new ArrayList<>();
            endpoint.fields().forEach((field, type) -> {
                for (String value : hostile(type)) {
                    Map<String, String> params = new LinkedHashMap<>(baseline);
                    params.put(field, value);
                    variants.add(params);
                }
            });
            for (String value : EVERY_FIELD) {
                Map<String, String> all = new LinkedHashMap<>();
                endpoint.fields().keySet().forEach(field -> all.put(field, value));
                if (!all.isEmpty()) {
                    variants.add(all);
                }
            }
            if (endpoint.fields().isEmpty()) {
                variants.add(Map.of());
            }
            for (Map<String, String> params : variants) {
                requests++;
                String outcome = perform(endpoint, path, params, as);
                if (outcome != null) {
                    failures.computeIfAbsent(endpoint.key(), k -> new ArrayList<>()).add(describe(params) + " → " + outcome);
                }
            }
            for (String variable : endpoint.pathVariables()) {
                if (variable.equals("entityName")) {
                    continue;
                }
                for (String hostile : HOSTILE_IDS) {
                    requests++;
                    String hostilePath = endpoint.path(v -> v.equals(variable) ? hostile : realIds.get(v));
                    String outcome = perform(endpoint, hostilePath, Map.of(), as);
                    if (outcome != null) {
                        failures.computeIfAbsent(endpoint.key(), k -> new ArrayList<>()).add(variable + "=" + hostile + " → " + outcome);
                    }
                }
            }
        }
        long fiveXx = failures.values().stream().mapToLong(List::size).sum();
        StringBuilder report = new StringBuilder();
        failures.forEach((key, list) -> report.append("\n  ").append(key).append(" (").append(list.size()).append("): ")
                .append(String.join("; ", list.subList(0, Math.min(4, list.size())))));
        System.out.printf("Hostile input: %d requests to %d endpoints in %d s, %d answered 5xx on %d endpoints%s%n", requests,
                endpoints.size(), (System.nanoTime() - started) / 1_000_000_000, fiveXx, failures.size(), report);
        assertThat(endpoints).hasSizeGreaterThan(100);
        assertThat(fiveXx).as("requests answered 5xx:" + report).isZero();
    }

    /** Values a type cannot take or a column cannot hold. */
    static List<String> hostile(Class<?> type) {
        if (type == String.class) {
            return List.of("a\u0000b", LONG_TEXT);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return List.of("-1", "0", "9999999999999", "99999999999999999999", "abc", "1000000000");
        }
        if (type == java.time.LocalDate.class || type == java.time.LocalTime.class || type == java.time.LocalDateTime.class) {
            return List.of("abc", "2024-02-30", "99999-01-01");
        }
        return List.of("abc");
    }

    /** A plausible value, so that one hostile field at a time gets as far as it can. */
    static String baseline(String field, Class<?> type, ExistingIds ids) {
        String name = field.replaceAll(".*\\.", "").replaceAll("\\[.*", "");
        if (type == String.class) {
            return "Prov";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == java.time.LocalDate.class) {
            return "2026-06-01";
        }
        if (type == java.time.LocalTime.class) {
            return "18:00";
        }
        if (name.equals("version")) {
            return CURRENT_VERSION;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return ids.ofField(name).orElse("1");
        }
        return "Prov";
    }

    /** The account that may use the endpoint at all, so that the request reaches its handler. */
    private static String userFor(Endpoint endpoint) {
        String rule = preAuthorize(endpoint);
        if (endpoint.pattern().startsWith("/admin") || endpoint.pattern().startsWith("/account")) {
            return "admin";
        }
        if (rule.contains("COUNCILLOR") && !rule.contains("CLERK")) {
            return "councillor";
        }
        return "clerk";
    }

    private static String preAuthorize(Endpoint endpoint) {
        var onMethod = endpoint.handler().getMethodAnnotation(org.springframework.security.access.prepost.PreAuthorize.class);
        var onType = endpoint.handler().getBeanType().getAnnotation(org.springframework.security.access.prepost.PreAuthorize.class);
        return onMethod != null ? onMethod.value() : onType != null ? onType.value() : "";
    }

    /** @return null when the answer was below 500, else what went wrong */
    private String perform(Endpoint endpoint, String path, Map<String, String> params, RequestPostProcessor as) {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (endpoint.method().equals("GET")) {
            request = get(path);
        } else if (!endpoint.files().isEmpty()) {
            request = multipart(path).with(csrf());
        } else {
            request = post(path).with(csrf());
        }
        for (String condition : endpoint.params()) {
            String[] parts = condition.split("=", 2);
            if (parts.length == 2 && !parts[0].startsWith("!")) {
                request.param(parts[0], parts[1]);
            }
        }
        params.forEach((name, value) -> request.param(name,
                value.equals(CURRENT_VERSION) ? new ExistingIds(jdbc).versionOf(endpoint.pattern(), path) : value));
        try {
            int status = mvc.perform(request.with(as)).andReturn().getResponse().getStatus();
            return status >= 500 ? String.valueOf(status) : null;
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = String.valueOf(root.getMessage());
            return "exception " + root.getClass().getSimpleName() + ": " + message.substring(0, Math.min(120, message.length()));
        }
    }

    private static String describe(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + shorten(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    private static String shorten(String value) {
        return (value.length() > 12 ? value.substring(0, 12) + "…(" + value.length() + ")" : value).replace("\u0000", "\\0");
    }
}
