package se.sparbar.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sparbar.IntegrationTest;

/**
 * A client's walk through the whole API, from System, following every URL it is given (and every
 * links.next): no broken link; every object valid against the OParl 1.1 schema of its type; and the
 * rules the schemas do not carry: created and modified on every object, embedded ones too; no null,
 * "" or [] except the mandatory lists; a vote's counts equal its members' votes.
 */
@IntegrationTest
class OParlValidationTest {

    static final String BASE = "http://localhost:8080";
    static final String API = BASE + "/oparl/v1";
    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    static final Set<String> MANDATORY_LISTS = Set.of("data", "legislativeTerm", "counts", "votes");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void loadSchemas() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        for (String type : List.of("System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper",
                "Consultation", "File", "Location", "LegislativeTerm")) {
            try (InputStream in = OParlValidationTest.class.getResourceAsStream("/oparl-1.1/schema/" + type + ".json")) {
                SCHEMAS.put(SCHEMA + type, factory.getSchema(in));
            }
        }
    }

    @Test
    void aClientWalkingTheWholeApiFindsNoBrokenLinkAndOnlyValidObjects() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(API + "/system"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> typesSeen = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int votes = 0;
        while (!queue.isEmpty()) {
            String url = queue.poll();
            MvcResult result = mvc.perform(get(java.net.URI.create(url))).andReturn();
            if (result.getResponse().getStatus() != 200) {
                problems.add(url + " answered " + result.getResponse().getStatus());
                continue;
            }
            assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
            JsonNode node = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            if (node.has("data")) {
                checkPage(url, node, problems);
            }
            votes += check(url, "", node, problems, typesSeen);
            collectUrls(node, url, seen, queue);
            String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            for (String secret : List.of("fridasigfrids@gmail.com", "040 591 0874", "contact")) {
                if (text.contains(secret)) {
                    problems.add(url + " shows a contact detail: " + secret);
                }
            }
        }
        Set<String> pages = new LinkedHashSet<>();
        webLinks.forEach(url -> pages.add(url));
        for (String page : pages) {
            int status = mvc.perform(get(java.net.URI.create(page))).andReturn().getResponse().getStatus();
            if (status != 200) {
                problems.add("public page " + page + " answered " + status);
            }
        }
        System.out.printf("OParl walk: %d public pages linked, all answer 200 to the public%n", pages.size());
        System.out.printf("OParl walk: %d URLs, objects by type %s, %d vote events checked%n", seen.size(), typesSeen, votes);
        assertThat(problems).isEmpty();
        assertThat(typesSeen.keySet()).contains(SCHEMA + "System", SCHEMA + "Body", SCHEMA + "Organization", SCHEMA + "Person",
                SCHEMA + "Membership", SCHEMA + "Meeting", SCHEMA + "AgendaItem", SCHEMA + "Paper", SCHEMA + "Consultation",
                SCHEMA + "File", SCHEMA + "Location", SCHEMA + "LegislativeTerm");
        assertThat(votes).isPositive();
    }

    private void checkPage(String url, JsonNode page, List<String> problems) {
        if (!page.has("links") || !page.get("links").has("self")) {
            problems.add(url + ": a page without links.self");
        }
        if (!page.has("pagination")) {
            problems.add(url + ": a page without pagination");
        }
        JsonNode pagination = page.get("pagination");
        if (pagination != null && pagination.has("totalElements") && pagination.has("elementsPerPage")
                && pagination.get("totalElements").asLong() > pagination.get("elementsPerPage").asLong()
                && !page.get("links").has("next")) {
            problems.add(url + ": more elements than one page, but no links.next");
        }
    }

    /** Checks an object and everything embedded in it; returns how many vote events it checked. */
    private int check(String url, String path, JsonNode node, List<String> problems, Map<String, Integer> typesSeen) {
        int votes = 0;
        if (node.isObject()) {
            String type = node.path("type").asText("");
            if (!type.isEmpty()) {
                typesSeen.merge(type, 1, Integer::sum);
                JsonSchema schema = SCHEMAS.get(type);
                if (schema != null) {
                    Set<ValidationMessage> errors = schema.validate(node);
                    errors.forEach(error -> problems.add(url + path + ": " + error.getMessage()));
                }
                if (!node.has("created") || !node.has("modified")) {
                    problems.add(url + path + ": " + type + " without created/modified");
                }
                if (!node.path("id").asText("").startsWith(BASE)) {
                    problems.add(url + path + ": id is not a URL of this API: " + node.path("id"));
                }
            }
            if (type.endsWith("#VoteEvent")) {
                votes++;
                Map<String, Integer> counted = new HashMap<>();
                node.get("votes").forEach(vote -> counted.merge(vote.get("option").asText(), 1, Integer::sum));
                node.get("counts").forEach(count -> {
                    int value = count.get("value").asInt();
                    if (counted.getOrDefault(count.get("option").asText(), 0) != value) {
                        problems.add(url + path + ": count " + count + " differs from the members' votes " + counted);
                    }
                });
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isNull() || value.isTextual() && value.asText().isEmpty()
                        || value.isArray() && value.isEmpty() && !MANDATORY_LISTS.contains(field.getKey())
                        || value.isObject() && value.isEmpty()) {
                    problems.add(url + path + "/" + field.getKey() + ": an empty value (" + value + ")");
                }
                votes += check(url, path + "/" + field.getKey(), value, problems, typesSeen);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                votes += check(url, path + "/" + i, node.get(i), problems, typesSeen);
            }
        }
        return votes;
    }

    private final Set<String> webLinks = new LinkedHashSet<>();

    private void collectUrls(JsonNode node, String from, Set<String> seen, Deque<String> queue) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.startsWith(BASE) && !text.startsWith(API) && !text.contains("/open-data")) {
                webLinks.add(text.contains("#") ? text.substring(0, text.indexOf('#')) : text);
            }
            if (text.startsWith(API)) {
                String url = text.contains("#") ? text.substring(0, text.indexOf('#')) : text;
                if (seen.add(url)) {
                    queue.add(url);
                }
            }
        } else {
            node.forEach(child -> collectUrls(child, from, seen, queue));
        }
    }
}
