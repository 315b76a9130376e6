package se.sparbar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

/**
 * Time comes from the injected {@link Clock}, in the municipality's zone from the settings: no
 * main class asks the JVM for "now" or for its default zone (tests fix the clock; a server in
 * another zone must show the municipality's days).
 */
@AnalyzeClasses(packages = "se.sparbar", importOptions = ImportOption.DoNotIncludeTests.class)
class TimeRulesTest {

    @ArchTest
    static final ArchRule nowComesFromTheClock = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .because("time comes from the injected Clock, which tests fix");

    @ArchTest
    static final ArchRule theZoneIsTheMunicipalitys = noClasses()
            .should().callMethod(ZoneId.class, "systemDefault")
            .orShould().callMethod(TimeZone.class, "getDefault")
            .because("dates are the municipality's (sparbar.time-zone, the clock's zone), not the JVM's");
}
