package se.sparbar.demo;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether the database is still empty (no accounts, no bodies): only then is the demo loaded. */
@Component
class DemoState {

    private final JdbcTemplate jdbc;

    DemoState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        Boolean any = jdbc.queryForObject(
                "select exists(select 1 from user_account) or exists(select 1 from body)", Boolean.class);
        return !Boolean.TRUE.equals(any);
    }
}
