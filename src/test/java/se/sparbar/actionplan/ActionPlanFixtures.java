package se.sparbar.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sparbar.TestRequests;
import se.sparbar.actionplan.domain.ActionPlans;

/** Test data builders: a fresh adopted plan with items, for tests that must not depend on the demo's counts. */
final class ActionPlanFixtures {

    private final ActionPlans plans;
    private final JdbcTemplate jdbc;

    ActionPlanFixtures(ActionPlans plans, JdbcTemplate jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    long body(String abbreviation) {
        return jdbc.queryForObject("select id from body where abbreviation = ?", Long.class, abbreviation);
    }

    long account(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    long adoptedPlan(String title) {
        return plans.createPlan(new PlanDetails(title, "Bakgrund.", null, body("KS"), null, "KS 2026-01-12 § 3",
                LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null, 0));
    }

    /** An item due on {@code dueOn} for the given role, with planned money per year when {@code planned} is given. */
    long item(long plan, String title, String role, LocalDate dueOn, Long planned) {
        return plans.addItem(plan, new ItemDetails(title, "Beskrivning av " + title, role + ".", List.of(role), Set.of(),
                "Under " + dueOn.getYear() + ".", dueOn, Recurrence.NONE, null, planned == null ? EffectKind.NONE : EffectKind.PER_YEAR,
                planned == null ? null : BigDecimal.valueOf(planned), planned == null ? null : dueOn.getYear(), null, 0),
                account("clerk"), null);
    }

    static String unique(String prefix) {
        return TestRequests.unique(prefix);
    }
}
