package se.sparbar.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the open data lives for the outside world. Object ids are URLs built from {@code baseUrl}
 * (no trailing slash), so they stay the same behind a proxy and across restarts.
 */
@ConfigurationProperties("sparbar.open-data")
public record OpenDataProperties(String baseUrl) {

    public OpenDataProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }

    public String url(String path) {
        return baseUrl + path;
    }
}
