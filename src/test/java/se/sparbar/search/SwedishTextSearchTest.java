package se.sparbar.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.search.domain.SearchCapabilities;

/** The text-search configuration on the real (embedded) server: the five word pairs of issue 10, accents. */
@IntegrationTest
class SwedishTextSearchTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchCapabilities capabilities;

    @Test
    void theEmbeddedServerHasTheHunspellDictionaryInstalled() {
        assertThat(capabilities.dictionary()).isTrue();
        assertThat(capabilities.trigrams()).isTrue();
    }

    @Test
    void theFiveWordPairsMatchWithTheDictionaryAndFourOfThemNotWithSnowballAlone() {
        String[][] pairs = {
                {"styrmodellen", "Den nya styrmodell som fullmäktige antog"},
                {"fullmäktige", "Ärendet avgörs av kommunfullmäktige i november"},
                {"budget", "Förvaltningen beskriver budgetprocessen för 2025"},
                {"förskolor", "Barnen på förskolan vid torget"},
                {"beslut", "Beslutet överklagades till förvaltningsrätten"},
        };
        for (String[] pair : pairs) {
            assertThat(matches("sparbar_swedish", pair[1], pair[0])).as("sparbar_swedish: %s finds %s", pair[0], pair[1]).isTrue();
        }
        // what the issue says of the built-in configuration, so that the dictionary is what makes the difference
        assertThat(matches("swedish", pairs[0][1], pairs[0][0])).isTrue();
        for (int i = 1; i < pairs.length; i++) {
            assertThat(matches("swedish", pairs[i][1], pairs[i][0])).as("swedish: %s finds %s", pairs[i][0], pairs[i][1]).isFalse();
        }
    }

    @Test
    void swedishLettersAreNotFoldedButOtherAccentsAre() {
        assertThat(matches("sparbar_swedish", "En idé om kålsoppa", "ide")).isTrue();
        assertThat(matches("sparbar_swedish", "Müsli och crème fraîche", "musli creme")).isTrue();
        assertThat(matches("sparbar_swedish", "Nytt bibliotek i Örebro", "orebro")).isFalse();
        assertThat(matches("sparbar_swedish", "Kålsoppa", "kalsoppa")).isFalse();
        assertThat(matches("sparbar_swedish", "Ny väg till hamnen", "vag")).isFalse();
        assertThat(matches("sparbar_swedish", "Ny väg till hamnen", "väg")).isTrue();
    }

    private boolean matches(String config, String document, String query) {
        return jdbc.queryForObject("select to_tsvector(cast(? as regconfig), search_fold(?)) @@ websearch_to_tsquery(cast(? as regconfig), search_fold(?))",
                Boolean.class, config, document, config, query);
    }
}
