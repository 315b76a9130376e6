package se.sparbar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.sparbar.Endpoints.Endpoint;

/** Requests the server cannot read, sent to a real Tomcat: the application's own pages, one WARN line each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UnreadableRequestsTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Bytes that are not UTF-8: a lead byte followed by no continuation byte, a lone continuation byte, an overlong NUL. */
    static final java.util.List<String> INVALID_UTF8 = java.util.List.of("%C3%28", "%80", "%C0%80");

    /**
     * Every door (every GET and POST the handler mappings know, with real ids in the path) given parameters that are
     * not UTF-8, in the query and, for a POST, in the form body; and each path variable given such bytes. The
     * container decodes them before any filter of ours, so this is sent to a real Tomcat: never a 5xx.
     */
    @Test
    void invalidUtf8AtEveryDoorIsNeverA5xx() throws Exception {
        java.util.List<Endpoint> endpoints = Endpoints.of(mapping);
        ExistingIds ids = new ExistingIds(jdbc);
        int requests = 0;
        java.util.List<String> failures = new java.util.ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            java.util.Map<String, String> realIds = new java.util.LinkedHashMap<>();
            endpoint.pathVariables().forEach(v -> realIds.put(v,
                    org.springframework.web.util.UriUtils.encodePathSegment(ids.valueOf(endpoint.pattern(), v), StandardCharsets.UTF_8)));
            String path = endpoint.path(realIds::get);
            java.util.List<String> names = new java.util.ArrayList<>(endpoint.fields().keySet());
            if (names.isEmpty()) {
                names.add("q");
            }
            String conditions = endpoint.params().stream().filter(c -> c.contains("=") && !c.startsWith("!"))
                    .map(c -> c + "&").collect(java.util.stream.Collectors.joining());
            for (String bytes : INVALID_UTF8) {
                String hostile = names.stream().map(n -> java.net.URLEncoder.encode(n, StandardCharsets.UTF_8) + "=a" + bytes + "b")
                        .collect(java.util.stream.Collectors.joining("&"));
                java.util.List<HttpRequest> sent = new java.util.ArrayList<>();
                sent.add(request(path + "?" + conditions + hostile).method(endpoint.method(), HttpRequest.BodyPublishers.noBody()).build());
                if (endpoint.method().equals("POST")) {
                    sent.add(request(path + (conditions.isEmpty() ? "" : "?" + conditions)).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(hostile)).build());
                }
                for (String variable : endpoint.pathVariables()) {
                    sent.add(request(endpoint.path(v -> v.equals(variable) ? "a" + bytes : realIds.get(v)) + (conditions.isEmpty() ? "" : "?" + conditions))
                            .method(endpoint.method(), HttpRequest.BodyPublishers.noBody()).build());
                }
                for (HttpRequest request : sent) {
                    requests++;
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status >= 500) {
                        failures.add(endpoint.method() + " " + request.uri() + " → " + status);
                    }
                }
            }
        }
        System.out.printf("Invalid UTF-8: %d requests to %d endpoints, %d answered 5xx%n", requests, endpoints.size(), failures.size());
        assertThat(endpoints).hasSizeGreaterThan(100);
        assertThat(failures).as("requests answered 5xx").isEmpty();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).header("Accept", "text/html");
    }

    @Test
    void invalidUtf8InAQueryIsA400PageWithOneWarningAndNoStackTrace(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/motions?q=%C3%28")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Felaktig begäran").contains("<nav");
        // Spring Boot's error page gets the layout's model too: the municipality's name in the header
        assertThat(response.body()).containsPattern("class=\"brand-name\">[^<]+</span>");
        String log = output.getAll().substring(before);
        assertThat(log).doesNotContain(" ERROR ").doesNotContain("\tat ");
        assertThat(log.lines().filter(line -> line.contains(" WARN "))).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void anUploadBeyondTheLimitIsTheApplicationsOwn413Page() throws Exception {
        byte[] file = new byte[26 * 1024 * 1024];
        Arrays.fill(file, (byte) 'x');
        String boundary = "----sparbar-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/cases/1/referrals/1/statement"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, file, tail))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Filen är för stor").contains("<nav");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
