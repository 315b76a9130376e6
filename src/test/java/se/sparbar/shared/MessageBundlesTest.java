package se.sparbar.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Swedish, English and Finnish, so no page falls back to a key or another language. */
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
