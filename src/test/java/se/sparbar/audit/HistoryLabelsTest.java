package se.sparbar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * A history page names every field in the reader's language: each field the audit trail keeps, of
 * every audited entity whose history a page links to ({@code /history/<Entity>} in the templates),
 * has a {@code field.<name>} text in each bundle (the page would otherwise fall back to the field's
 * Java name). Runs without Spring's context.
 */
class HistoryLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties", "messages_fi.properties"})
    void everyAuditedFieldHasALabel(String bundle) throws Exception {
        Properties texts = load(bundle);
        java.util.Set<String> linked = new TreeSet<>();
        for (var template : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:templates/**/*.html")) {
            var matcher = java.util.regex.Pattern.compile("/history/([A-Z][A-Za-z]+)")
                    .matcher(new String(template.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                linked.add(matcher.group(1));
            }
        }
        assertThat(linked).as("entities with a history page").contains("MinutesParagraph", "Meeting", "Motion");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Audited.class));
        TreeSet<String> missing = new TreeSet<>();
        int fields = 0;
        for (var candidate : scanner.findCandidateComponents("se.sparbar")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!linked.contains(type.getSimpleName())) {
                continue;
            }
            for (Field field : auditedFields(type)) {
                fields++;
                if (!texts.containsKey("field." + field.getName())) {
                    missing.add(field.getName() + " (" + type.getSimpleName() + ")");
                }
            }
        }
        assertThat(fields).as("audited fields found").isGreaterThan(60);
        assertThat(missing).as("fields without a label in " + bundle).isEmpty();
    }

    private static List<Field> auditedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(Version.class)
                    || field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Transient.class)
                    || Modifier.isTransient(field.getModifiers()) || field.isAnnotationPresent(OneToMany.class)
                    || field.isAnnotationPresent(ManyToMany.class) || field.isSynthetic()) {
                continue;
            }
            fields.add(field);
        }
        return fields;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HistoryLabelsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
