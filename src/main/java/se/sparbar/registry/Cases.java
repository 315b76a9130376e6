package se.sparbar.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The registry's facade: registers cases, gives them their numbers, and finds them. */
public interface Cases {

    /**
     * Registers a case with the next number of its series and year. Must run inside the caller's
     * transaction: the counter row stays locked until that transaction ends, so concurrent
     * registrations queue up and a rolled-back one leaves no gap (docs/data-model.md §2.3).
     */
    CaseSummary register(NewCase request);

    /** Registers at a given time, for cases brought over from an earlier registry (numbered in that year). */
    CaseSummary register(NewCase request, Instant now);

    /** A clerk registers an incoming document (an audit report, a citizen proposal …) as a new case, in its own transaction. */
    CaseSummary registerIncoming(NewCase request);

    /**
     * Registers an incoming document as a new case with its files, in one transaction: a refused file
     * leaves neither the case nor any file (nor a number taken).
     *
     * @throws se.sparbar.files.RejectedFileException for an empty, oversize or unsupported file
     */
    CaseSummary registerIncoming(NewCase request, java.util.List<se.sparbar.files.AttachedFiles.NewFile> files);

    Optional<CaseSummary> find(long id);

    /** The case with this number, as written in the registry ("2024.339 KS"). */
    Optional<CaseSummary> findByNumber(String caseNumber);

    /** The case with this series, year and sequence number, however its number is written ("KS 2024/339" or "2024.339 KS"). */
    Optional<CaseSummary> findBySequence(String series, int year, int sequence);

    /** The cases with these ids, by id, in one query. */
    Map<Long, CaseSummary> findAll(Collection<Long> ids);
}
