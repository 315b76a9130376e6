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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Requests the server cannot read, sent to a real Tomcat: the application's own pages, one WARN line each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UnreadableRequestsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

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
