package se.sparbar.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberFormatTest {

    @Test
    void formatsTheTwoTemplatesSeenInTheWild() {
        assertThat(new CaseNumberFormat("KS {yyyy}/{seq}").format(2024, 339)).isEqualTo("KS 2024/339");
        assertThat(new CaseNumberFormat("{yyyy}.{seq} KS").format(2024, 339)).isEqualTo("2024.339 KS");
    }

    @Test
    void padsTheSequenceAndShortensTheYearOnRequest() {
        assertThat(new CaseNumberFormat("KS-{yy}-{seq:4}").format(2025, 7)).isEqualTo("KS-25-0007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KS {yyyy}", "{seq}{seq}", "KS {yyyy}/{seq} <script>", "{month}/{seq}", "KS {yyyy}/{seq:0}"})
    void refusesTemplatesWithoutExactlyOneSequenceOrWithUnknownParts(String template) {
        assertThat(CaseNumberFormat.isValid(template)).isFalse();
        assertThatThrownBy(() -> new CaseNumberFormat(template)).isInstanceOf(IllegalArgumentException.class);
    }
}
