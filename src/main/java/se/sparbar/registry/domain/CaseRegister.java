package se.sparbar.registry.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.registry.CaseRegistered;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.Cases;
import se.sparbar.registry.NewCase;
import se.sparbar.settings.CaseNumberFormat;
import se.sparbar.settings.Settings;

/** Registers cases and gives them their numbers; the registry's {@link Cases}. */
@Service
class CaseRegister implements Cases {

    private final CaseFileRepository cases;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final se.sparbar.files.AttachedFiles files;

    CaseRegister(CaseFileRepository cases, Settings settings, ApplicationEventPublisher events, Clock clock,
                 se.sparbar.files.AttachedFiles files) {
        this.files = files;
        this.cases = cases;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a case with the next number of its series and year. Must run inside the caller's
     * transaction: the counter row stays locked until that transaction ends, so concurrent
     * registrations queue up and a rolled-back one leaves no gap (docs/data-model.md §2.3).
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseSummary register(NewCase request) {
        return register(request, Instant.now(clock));
    }

    /** Registers at a given time, for cases brought over from an earlier registry (numbered in that year). */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseSummary register(NewCase request, Instant now) {
        int year = now.atZone(clock.getZone()).getYear();
        int sequence = cases.nextSequence(request.series(), year);
        CaseNumberFormat format = settings.current().caseNumberFormat();
        CaseFile file = cases.save(new CaseFile(format.format(year, sequence), request.series(), year, sequence,
                request.type(), request.title(), request.summary(), request.sender(), request.receivedOn(), now,
                request.registeredBy(), request.ownerBodyId()));
        events.publishEvent(new CaseRegistered(file.getId(), file.toSummary().caseNumber(), request.type(), request.title(), request.ownerBodyId(),
                request.sender(), request.receivedOn(), now, request.registeredBy()));
        return file.toSummary();
    }

    /** A clerk registers an incoming document (an audit report, a citizen proposal …) as a new case, in its own transaction. */
    @Override
    @Transactional
    public CaseSummary registerIncoming(NewCase request) {
        return registerIncoming(request, List.of());
    }

    @Override
    @Transactional
    public CaseSummary registerIncoming(NewCase request, List<se.sparbar.files.AttachedFiles.NewFile> uploads) {
        if (request.type() == se.sparbar.registry.CaseType.MOTION) {
            throw new se.sparbar.shared.FieldRefusedException("type", "case.register.motionsFiled");
        }
        if (uploads.size() > se.sparbar.registry.IncomingDocuments.MAX_FILES) {
            throw new se.sparbar.shared.FieldRefusedException("file", "incoming.error.tooManyFiles",
                    se.sparbar.registry.IncomingDocuments.MAX_FILES);
        }
        CaseSummary registered = register(request);
        for (se.sparbar.files.AttachedFiles.NewFile upload : uploads) {
            files.attach(se.sparbar.files.AttachedFiles.Owner.ofCase(registered.id()), upload, request.registeredBy());
        }
        return registered;
    }

    /** The case with this series, year and sequence number, however its number is written ("KS 2024/339" or "2024.339 KS"). */
    @Override
    @Transactional(readOnly = true)
    public Optional<CaseSummary> findBySequence(String series, int year, int sequence) {
        if (year < 1900 || year > 2999 || series.length() > 20) {
            return Optional.empty();
        }
        return cases.findBySeriesAndCaseYearAndSequenceNumber(series.toUpperCase(java.util.Locale.ROOT), (short) year, sequence)
                .map(CaseFile::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseSummary> find(long id) {
        return cases.findById(id).map(CaseFile::toSummary);
    }

    /** The case with this number, as written in the registry ("2024.339 KS"). */
    @Override
    @Transactional(readOnly = true)
    public Optional<CaseSummary> findByNumber(String caseNumber) {
        return caseNumber == null ? Optional.empty() : cases.findByCaseNumber(caseNumber.strip()).map(CaseFile::toSummary);
    }

    /** The cases with these ids, by id, in one query. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, CaseSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<CaseFile> found = cases.findAllById(ids);
        return found.stream().map(CaseFile::toSummary).collect(Collectors.toMap(CaseSummary::id, Function.identity()));
    }
}
