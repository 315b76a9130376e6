package se.sparbar.audit;

import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * A module's rule for who may read the history of its records: the history is as private as the
 * record itself (a councillor's unsubmitted draft, with her contact details, is hers). Where a rule
 * says no, the history page answers 404, as the record's own page does.
 */
public interface HistoryReadRule {

    /** The entity names (as in {@code /history/{entityName}/{id}}) this rule decides for. */
    Set<String> entityNames();

    boolean mayRead(String entityName, long id, Authentication viewer);
}
