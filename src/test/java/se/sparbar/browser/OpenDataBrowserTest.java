package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public "Öppna data" page and the extension's documentation, in every language, checked with axe-core. */
class OpenDataBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/open-data", "/open-data?lang=en", "/open-data?lang=fi", "/open-data/oparl-extension",
            "/open-data/oparl-extension?lang=en"})
    void theOpenDataPagesAreAccessible(String page) {
        open(page);
        assertThat(heading()).isNotBlank();
        assertAccessible();
    }
}
