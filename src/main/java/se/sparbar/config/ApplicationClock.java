package se.sparbar.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can fix time where rules depend on it. */
@Configuration(proxyBeanMethods = false)
class ApplicationClock {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
