package se.sparbar.search.domain;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health details of search: which text-search configuration is in use. Up either way: the fallback still finds. */
@Component("search")
class SearchHealth implements HealthIndicator {

    private final SearchCapabilities capabilities;

    SearchHealth(SearchCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public Health health() {
        boolean dictionary = capabilities.dictionary();
        return Health.up()
                .withDetail("textSearchConfiguration", dictionary ? "sparbar_swedish: hunspell sv_SE + snowball swedish"
                        : "sparbar_swedish: snowball swedish only (fallback; hunspell sv_SE not installed)")
                .withDetail("compoundWords", dictionary)
                .withDetail("spellingSuggestions", capabilities.trigrams())
                .build();
    }
}
