package se.sparbar.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code spring.datasource.url} set: Spring Boot's own Hikari pool, configured from {@code spring.datasource.*}
 * and {@code spring.datasource.hikari.*} as usual, but one that fails at once when the server cannot be reached
 * ({@link FailFastDataSource}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfiguration.DatabaseUrl.class)
class ExternalDatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    FailFastDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(FailFastDataSource.class).build();
    }

    /** Matches when {@code spring.datasource.url} is set. */
    static class DatabaseUrl extends EmbeddedDatabaseConfiguration.NoDatabaseUrl {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                               org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
