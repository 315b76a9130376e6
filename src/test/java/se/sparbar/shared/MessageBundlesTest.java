package se.sparbar.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text exists in Swedish, English and Finnish, so no page falls back to a key or another language;
 * and no template shows a text of its own.
 */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages_en.properties", "messages_fi.properties"})
    void translationsHaveExactlyTheSwedishKeys(String translation) throws Exception {
        Properties swedish = load("messages.properties");
        Properties translated = load(translation);
        assertThat(keys(translated)).isEqualTo(keys(swedish));
        translated.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties", "messages_fi.properties"})
    void noTextHasAnApostropheThatMessageFormatWouldEat(String bundle) throws Exception {
        load(bundle).forEach((key, value) -> assertThat(value.toString()).as(key.toString()).doesNotContain("'"));
    }

    /**
     * Every visible text in a template comes from the bundles: a text node must sit inside an element
     * whose text Thymeleaf replaces ({@code th:text}, {@code th:utext}, {@code th:replace},
     * {@code th:insert}); {@code aria-label}, {@code alt}, {@code title} and {@code placeholder} must not
     * carry literal words. Comments, scripts and styles are skipped; so are the product's name and
     * each language's own name in the language switch (the same in every language).
     */
    @Test
    void templatesShowNoTextThatIsNotInTheBundles() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                hardCoded.addAll(hardCodedTexts(TEMPLATES.relativize(template).toString(), Files.readString(template)));
            }
        }
        assertThat(hardCoded).as("text in templates that does not come from messages*.properties").isEmpty();
    }

    @Test
    void theTemplateCheckFindsLiteralTextAndLiteralLabels() {
        assertThat(hardCodedTexts("t.html", "<p th:text=\"#{a}\">Exempel</p><p>Spara <a th:text=\"#{b}\">x</a></p>"))
                .containsExactly("t.html:1: Spara");
        assertThat(hardCodedTexts("t.html", "<div th:if=\"${n > 1}\"><span>Sida</span></div>")).containsExactly("t.html:1: Sida");
        assertThat(hardCodedTexts("t.html", "<nav aria-label=\"Sidor\"></nav><img alt=\"\" src=\"x\">"))
                .containsExactly("t.html:1: aria-label=\"Sidor\"");
        assertThat(hardCodedTexts("t.html", "<!-- Anteckning --><div th:replace=\"~{f :: g}\"><p>Exempel</p></div> · 2")).isEmpty();
        assertThat(hardCodedTexts("t.html", "<html th:replace=\"~{layout :: page(~{::title}, ~{::content})}\"><main><p>Spara</p></main></html>"))
                .containsExactly("t.html:1: Spara");
    }

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> NOT_TRANSLATED = Set.of("Spårbar", "Svenska", "English", "Suomi");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "hr", "img", "input", "link", "meta", "source", "wbr");
    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?-->|<script.*?</script>|<style.*?</style>|<!.*?>|<(?:[^>\"']|\"[^\"]*\"|'[^']*')+>|[^<]+", Pattern.DOTALL);
    private static final Pattern LITERAL_LABEL = Pattern.compile("(?<![\\w:-])(aria-label|alt|title|placeholder)=\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}");

    static List<String> hardCodedTexts(String name, String html) {
        List<String> found = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher token = TOKEN.matcher(html);
        while (token.find()) {
            String t = token.group();
            int line = lineOf(html, token.start());
            if (t.startsWith("<!") || t.startsWith("<script") || t.startsWith("<style")) {
                continue;
            }
            if (t.startsWith("</")) {
                String element = t.substring(2, t.length() - 1).trim().toLowerCase();
                while (!open.isEmpty()) {
                    replaced.pop();
                    if (open.pop().equals(element)) {
                        break;
                    }
                }
            } else if (t.startsWith("<")) {
                Matcher label = LITERAL_LABEL.matcher(t);
                while (label.find()) {
                    if (WORD.matcher(label.group(2)).find() && !label.group(2).contains("#{") && !label.group(2).contains("${")) {
                        found.add(name + ":" + line + ": " + label.group());
                    }
                }
                String element = t.substring(1).split("[\\s/>]", 2)[0].toLowerCase();
                if (!VOID_ELEMENTS.contains(element) && !t.endsWith("/>")) {
                    open.push(element);
                    // a page's <html th:replace="~{layout :: page(…)}"> hands its content to the layout, which shows it
                    replaced.push(!element.equals("html")
                            && (t.contains("th:text") || t.contains("th:utext") || t.contains("th:replace") || t.contains("th:insert")));
                }
            } else {
                String text = t.strip();
                if (WORD.matcher(text).find() && !replaced.contains(true) && !NOT_TRANSLATED.contains(text)) {
                    found.add(name + ":" + line + ": " + text);
                }
            }
        }
        return found;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
