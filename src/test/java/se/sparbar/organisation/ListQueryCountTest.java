package se.sparbar.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.sparbar.TestRequests.unique;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.organisation.domain.Parties;
import se.sparbar.organisation.domain.People;
import se.sparbar.organisation.domain.UserAccounts;
import se.sparbar.IntegrationTest;
import se.sparbar.organisation.Commands.NewUserAccount;
import se.sparbar.organisation.Commands.PersonDetails;

/** A list page runs the same few SQL statements however many rows it shows (no N+1). */
@IntegrationTest
class ListQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    UserAccounts accounts;

    @Autowired
    People people;

    @Autowired
    Parties parties;

    private static final List<String> LIST_PAGES =
            List.of("/admin/users", "/admin/people", "/admin/bodies", "/admin/parties", "/admin/security-events");

    @Test
    void everyListPageRunsTheSameFewStatementsWhateverItsSize() throws Exception {
        // both sizes fill a page (50 rows), so Spring Data runs its count query in both
        addRows(60);
        Map<String, Long> some = new LinkedHashMap<>();
        for (String page : LIST_PAGES) {
            some.put(page, statementsFor(page));
        }
        addRows(60);
        for (String page : LIST_PAGES) {
            long more = statementsFor(page);
            assertThat(more).as("statements for %s with 60 more rows", page).isEqualTo(some.get(page));
            assertThat(more).as("statements for %s", page).isLessThanOrEqualTo(5);
            System.out.printf("SQL statements for %s: %d%n", page, more);
        }
    }

    private void addRows(int count) {
        long party = parties.create(new Commands.PartyDetails(unique("P").substring(0, 10), "Testpartiet", 0));
        for (int i = 0; i < count; i++) {
            long account = accounts.create(new NewUserAccount(unique("u"), "Användare " + i, null, "ett långt lösenord", Set.of(Role.CLERK, Role.OFFICIAL)));
            people.create(new PersonDetails("Person", unique("Efternamn"), party, account, 0));
        }
    }

    private long statementsFor(String page) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(page).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
