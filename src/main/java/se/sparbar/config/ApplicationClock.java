package se.sparbar.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so that tests can fix time where rules depend on it, in
 * the municipality's time zone. Timestamps are stored in UTC; pages show them in this zone.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationClock {

    @Bean
    Clock clock(@Value("${sparbar.time-zone:Europe/Stockholm}") String timeZone) {
        ZoneId zone = ZoneId.of(timeZone);
        // Thymeleaf's #temporals formats an Instant in the JVM's default zone
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return Clock.system(zone);
    }
}
