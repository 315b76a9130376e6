package se.sparbar.audit;

import java.time.Instant;

/**
 * What a module reading its own Envers history sees of a revision: its number, its time and who
 * made it. The revision entity stays the audit module's own; {@link HistoryContributor#revision(Object)}
 * gives this view of the revision object Envers hands back.
 */
public interface RevisionInfo {

    long number();

    Instant time();

    /** The username of who made the change, or null for the system. */
    String username();
}
