package se.sparbar.actionplan;

import java.util.List;

/**
 * An item already in a plan became the responsibility of officials who were not responsible for it before:
 * assigned to them by name, or a role they hold (their job title) was named in its Ansvar. {@code accountIds}
 * are exactly those newly responsible (sorted); officials responsible before are not in it, and a change that
 * makes nobody newly responsible announces nothing. An item's first officials come with {@link ActionItemCreated}.
 */
public record ActionItemAssigned(long itemId, long planId, String title, List<Long> accountIds, boolean planPublic, long changedBy) {

    public ActionItemAssigned {
        accountIds = List.copyOf(accountIds);
    }
}
