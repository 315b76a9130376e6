package se.sparbar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sparbar.IntegrationTest;

/** The demo municipality, built from the seeds, is in the fresh test database. */
@IntegrationTest
class DemoMunicipalityTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoState state;

    @Test
    void holdsTheBodiesTheSeedsName() {
        assertThat(jdbc.queryForList("select abbreviation || ' ' || name || ' ' || type from body where abbreviation in ('KF','KS','SN','TN','LFN','FFN') order by id", String.class))
                .containsExactly("KF Kommunfullmäktige COUNCIL", "KS Kommunstyrelsen EXECUTIVE_BOARD", "SN Servicenämnden COMMITTEE",
                        "TN Tekniska nämnden COMMITTEE", "LFN Lokalförsörjningsnämnden COMMITTEE", "FFN Fritids- och folkhälsonämnden COMMITTEE");
    }

    @Test
    void holdsTheCouncilMembersOfSeed003WithTheirParties() {
        assertThat(jdbc.queryForList("select p.first_name || ' ' || p.last_name || ' (' || pa.abbreviation || ')' from person p "
                + "join party pa on pa.id = p.party_id join membership m on m.person_id = p.id join body b on b.id = m.body_id "
                + "where b.abbreviation = 'KF'", String.class))
                .contains("Heidi Hankanen Ängberg (C)", "Sanna Dabolins (V)", "Jens Christian Berlin (L)", "Boris Jernskiegg (-)",
                        "Amanda Andersson (MP)", "Marcus Wallin (V)", "Annika Qarlsson (C)", "Lady France Mulumba (KD)")
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(jdbc.queryForList("select abbreviation from party", String.class))
                .contains("M", "C", "S", "L", "V", "KD", "MP", "SD", "-");
    }

    @Test
    void hasOneAccountPerRoleAndTheCouncillorIsAPerson() {
        assertThat(jdbc.queryForList("select u.username || ':' || r.role from user_account u join user_account_role r on r.user_account_id = u.id "
                + "where u.username in ('councillor','clerk','official','admin')", String.class))
                .containsExactlyInAnyOrder("councillor:COUNCILLOR", "clerk:CLERK", "official:OFFICIAL", "admin:ADMIN");
        assertThat(jdbc.queryForObject("select p.first_name || ' ' || p.last_name from person p join user_account u on u.id = p.user_account_id "
                + "where u.username = 'councillor'", String.class)).isEqualTo("Frida Sigfrids");
    }

    @Test
    void usesTheCaseNumberFormatOfSeed003AndIsNotLoadedTwice() {
        assertThat(jdbc.queryForObject("select case_number_format from municipality_settings", String.class)).isEqualTo("{yyyy}.{seq} KS");
        assertThat(state.isEmpty()).isFalse();
    }
}
