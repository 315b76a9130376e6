package se.sparbar.record;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.sparbar.record.domain.RecordStore;

/**
 * What happened, as a reader may see it. {@code staff} readers see rows for staff too (a decision before
 * its minutes are posted); everyone else sees public rows once they are public. Private rows are never
 * listed: only the people they concern hear of them, through {@link RecordAppended}.
 */
@Service
public class PublicRecord {

    private final RecordStore store;
    private final Clock clock;

    PublicRecord(RecordStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A case's whole thread in date order, from registration to the follow-up of what it decided. */
    public List<RecordEntry> ofCase(long caseId, boolean staff) {
        return store.ofCase(caseId, staff, now());
    }

    /** The newest rows about a body (its meetings, referrals to it, its decisions), newest first. */
    public List<RecordEntry> ofBody(long bodyId, boolean staff, int limit) {
        return store.ofBody(bodyId, staff, now(), bound(limit));
    }

    /** The newest rows about a person (the motions they filed), newest first. */
    public List<RecordEntry> ofPerson(long personId, boolean staff, int limit) {
        return store.ofPerson(personId, staff, now(), bound(limit));
    }

    /** The newest rows of these kinds, newest first. */
    public List<RecordEntry> latest(boolean staff, Set<RecordKind> kinds, int limit) {
        return kinds.isEmpty() ? List.of() : store.latest(staff, kinds, now(), bound(limit));
    }

    /** One row, whoever may see it: the caller decides (see {@link RecordEntry#isPublicAt}). */
    public Optional<RecordEntry> find(long id) {
        return store.find(id);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static int bound(int limit) {
        return Math.max(1, Math.min(limit, 500));
    }
}
