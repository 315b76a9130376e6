package se.sparbar.organisation.domain;

import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's lists of people and accounts, whole, for the CSV downloads: one statement each, whatever the size. */
@Service
@Transactional(readOnly = true)
public class AdminLists {

    /** A person as the people list shows her: name, party, account (no contact details). */
    public record PersonLine(String lastName, String firstName, String party, String username) {
    }

    /** An account as the users list shows it; roles comma-separated by name. */
    public record AccountLine(String username, String displayName, String jobTitle, String roles, boolean enabled) {
    }

    private final JdbcClient jdbc;

    AdminLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void eachPerson(Consumer<PersonLine> consumer) {
        jdbc.sql("""
                        select p.last_name, p.first_name, pa.abbreviation, u.username
                        from person p left join party pa on pa.id = p.party_id left join user_account u on u.id = p.user_account_id
                        order by p.last_name, p.first_name, p.id""")
                .query((rs, n) -> new PersonLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().forEach(consumer);
    }

    public void eachAccount(Consumer<AccountLine> consumer) {
        jdbc.sql("""
                        select u.username, u.display_name, u.job_title,
                               (select string_agg(r.role, ',' order by r.role) from user_account_role r where r.user_account_id = u.id),
                               u.enabled
                        from user_account u order by u.username""")
                .query((rs, n) -> new AccountLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list().forEach(consumer);
    }
}
