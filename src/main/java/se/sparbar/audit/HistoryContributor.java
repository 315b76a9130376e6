package se.sparbar.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A module's help in telling the history of one of its records so that a reader can follow it:
 * the changes to the record's parts (rows of other tables that belong to it, such as a minutes
 * paragraph's speakers, proposals and votes), and its own values as a reader should see them (a
 * name for a person's id, a translated status). The audit module knows none of the module's types.
 */
public interface HistoryContributor {

    /** The entity names whose history this contributes to, e.g. {@code MinutesParagraph}. */
    Set<String> entityNames();

    /** Changes to the record's parts, each at the revision that made it, in the reader's language. */
    List<PartChange> partChanges(String entityName, long id, Locale locale);

    /** One of the record's own values as a reader should see it, or empty to show it as it is. */
    default Optional<String> value(String entityName, String field, Object value, Locale locale) {
        return Optional.empty();
    }

    /**
     * The revision a query of Envers' {@code AuditReader} returned with a snapshot (the second
     * element of {@code forRevisionsOfEntity(…, false, …)} rows), as a module may read it.
     */
    static RevisionInfo revision(Object revisionEntity) {
        if (revisionEntity instanceof RevisionInfo info) {
            return info;
        }
        throw new IllegalArgumentException("Not an audit revision: " + revisionEntity);
    }

    /** A change to one part of a record; {@code field} names the part (shown through the {@code field.} messages). */
    record PartChange(long revision, String field, String oldValue, String newValue) {
    }
}
