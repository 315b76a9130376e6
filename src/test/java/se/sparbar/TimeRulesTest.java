package se.sparbar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import com.tngtech.archunit.lang.syntax.elements.ClassesShould;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time comes from the injected {@link Clock}, in the municipality's zone from the settings: no main class asks the
 * JVM for "now" or for its default zone (a server in another zone must show the municipality's days), nor the
 * database for today in a rule; no test computes a date from the real calendar (every test context's clock is
 * {@link TestClock}, from a fixed day).
 */
class TimeRulesTest {

    private static final List<Class<?>> DATES = List.of(Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
            ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class, MonthDay.class);

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.sparbar");
    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("se.sparbar");

    /** {@code now()} and {@code now(zone)} read the system clock; {@code now(clock)} is the only one allowed. */
    private static ClassesShouldConjunction callTheSystemClock(ClassesShould should) {
        ClassesShouldConjunction rule = should.callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC");
        for (Class<?> type : DATES) {
            rule = rule.orShould().callMethod(type, "now").orShould().callMethod(type, "now", ZoneId.class);
        }
        return rule;
    }

    @Test
    void mainCodeTakesNowFromTheClock() {
        ArchRule rule = callTheSystemClock(noClasses().should())
                .because("time comes from the injected Clock, which tests fix");
        rule.check(MAIN);
    }

    @Test
    void theZoneIsTheMunicipalitys() {
        noClasses().should().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(TimeZone.class, "getDefault")
                .because("dates are the municipality's (sparbar.time-zone, the clock's zone), not the JVM's")
                .check(MAIN);
    }

    @Test
    void testsTakeNowFromTheTestsClock() {
        DescribedPredicate<JavaClass> aBenchmarksLog = DescribedPredicate.describe(
                "a benchmark (whose log lines carry the real time)", TimeRulesTest::benchmark);
        ArchRule rule = callTheSystemClock(noClasses().that(DescribedPredicate.not(aBenchmarksLog)).should())
                .orShould().callMethod(Clock.class, "system", ZoneId.class)
                .because("a test date comes from the context's Clock (TestClock, from a fixed day), never from the calendar");
        rule.check(TESTS);
    }

    private static boolean benchmark(JavaClass type) {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.tryGetAnnotationOfType(Tag.class).map(tag -> tag.value().equals("benchmark")).orElse(false);
    }

    /**
     * A rule that needs today asks the clock and passes it as a parameter: SQL in main code never reads the
     * database's own time ({@code now()}, {@code current_date}, ...). Technical row times kept by triggers
     * (row_modified_at for the open data, in the migrations) are the database's, by design (ADR 0009).
     */
    @Test
    void sqlInMainCodeDoesNotReadTheDatabasesTime() throws IOException {
        Pattern databaseTime = Pattern.compile(
                "(?i)\\bnow\\s*\\(\\s*\\)|\\b(current_date|current_timestamp|current_time|localtimestamp|localtime"
                        + "|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday)\\b");
        Pattern literal = Pattern.compile("\"\"\"(.*?)\"\"\"|'(?:\\\\.|[^'\\\\])'|\"((?:\\\\.|[^\"\\\\\n])*)\"", Pattern.DOTALL);
        List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher strings = literal.matcher(Files.readString(source));
                while (strings.find()) {
                    String text = strings.group(1) != null ? strings.group(1) : strings.group(2);
                    if (text == null) {
                        continue; // a char literal
                    }
                    Matcher matcher = databaseTime.matcher(text);
                    if (matcher.find()) {
                        found.add(source + ": " + matcher.group() + " in " + text.strip().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(found).as("SQL reading the database's time in main code").isEmpty();
    }
}
