package se.sparbar.referral.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.files.AttachedFiles;
import se.sparbar.referral.BasisFile;
import se.sparbar.referral.CasePrepared;
import se.sparbar.referral.PreparationDetails;
import se.sparbar.referral.PreparationView;
import se.sparbar.referral.ReferralSent;
import se.sparbar.referral.ReferralView;
import se.sparbar.referral.Referrals;
import se.sparbar.referral.StatementDetails;
import se.sparbar.referral.StatementReceived;
import se.sparbar.referral.StatementView;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.RefusedException;
import se.sparbar.shared.StaleVersionException;

/** Sends cases for statements, records the statements and the preparation, and answers what is pending. */
@Service
class ReferralDesk implements Referrals {

    private final ReferralRepository referrals;
    private final StatementRepository statements;
    private final PreparationRepository preparations;
    private final AttachedFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralDesk(ReferralRepository referrals, StatementRepository statements, PreparationRepository preparations,
                 AttachedFiles files, ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.events = events;
        this.referrals = referrals;
        this.statements = statements;
        this.preparations = preparations;
        this.clock = clock;
    }

    /** Sends the case to each body; refused if one of them already has it pending. */
    @Override
    @Transactional
    public List<Long> send(long caseId, Collection<Long> bodyIds, LocalDate sentOn, LocalDate dueOn, long sentBy) {
        if (dueOn.isBefore(sentOn)) {
            throw new RefusedException("referral.refused.dueBeforeSent");
        }
        return bodyIds.stream().distinct().map(bodyId -> {
            if (referrals.existsByCaseIdAndBodyIdAndStatus(caseId, bodyId, "PENDING")) {
                throw new RefusedException("referral.refused.alreadyPending");
            }
            long referralId = referrals.save(new Referral(caseId, bodyId, sentOn, dueOn, sentBy)).getId();
            events.publishEvent(new ReferralSent(referralId, caseId, bodyId, sentOn, dueOn, sentBy));
            return referralId;
        }).toList();
    }

    /**
     * Records a body's statement, or changes it. A change is made from the version the clerk saw:
     * when someone else saved in between, it is refused and nothing is overwritten.
     */
    @Override
    @Transactional
    public long recordStatement(long referralId, StatementDetails details, long recordedBy) {
        Referral referral = referrals.findById(referralId).orElseThrow(() -> new NotFoundException("Referral", referralId));
        Instant now = Instant.now(clock);
        Optional<Statement> existing = statements.findByReferralId(referralId);
        if (existing.isPresent() || details.version() != StatementDetails.NEW) {
            Statement statement = existing.orElseThrow(() -> new StaleVersionException("Statement", referralId));
            StaleVersionException.check("Statement", statement.getId(), details.version(), statement.getVersion());
            statement.write(details, recordedBy, now);
            statements.flush();
            return statement.getId();
        }
        try {
            long statementId = statements.saveAndFlush(new Statement(referral, details, recordedBy, now)).getId();
            events.publishEvent(new StatementReceived(statementId, referralId, referral.getCaseId(), referral.getBodyId(), details.decidedOn(),
                    recordedBy));
            return statementId;
        } catch (DataIntegrityViolationException e) {
            // another clerk recorded the first statement at the same moment: theirs stands
            throw new StaleVersionException("Statement", referralId);
        }
    }

    @Override
    @Transactional
    public long recordStatement(long caseId, long referralId, StatementDetails details, List<BasisFile> files, long recordedBy) {
        Referral referral = referrals.findById(referralId).filter(r -> r.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("Referral", referralId));
        AttachedFiles.Owner owner = AttachedFiles.Owner.ofCase(caseId);
        // an item keeps a file only if it is one of this case's: a form cannot lend another record's file
        java.util.Set<Long> caseFiles = this.files.of(owner, true).stream().map(AttachedFiles.FileView::id)
                .collect(Collectors.toSet());
        List<StatementDetails.BasisItem> basis = new java.util.ArrayList<>();
        for (int i = 0; i < details.basis().size(); i++) {
            StatementDetails.BasisItem item = details.basis().get(i);
            BasisFile file = i < files.size() ? files.get(i) : null;
            Long fileId = item.fileId() != null && caseFiles.contains(item.fileId()) ? item.fileId() : null; // kept, or none
            if (file != null) {
                fileId = this.files.attach(owner, new AttachedFiles.NewFile(item.title(), file.fileName(), file.content()), recordedBy).id();
            }
            basis.add(new StatementDetails.BasisItem(item.title(), fileId));
        }
        return recordStatement(referral.getId(), new StatementDetails(details.summary(), details.fullText(), details.bodyDecisionText(),
                details.decidedOn(), details.distribution(), details.signatories(), basis, details.version()), recordedBy);
    }

    /** Records the executive board's proposal on a case, or revises it. */
    @Override
    @Transactional
    public long prepare(long caseId, PreparationDetails details, long recordedBy) {
        Instant now = Instant.now(clock);
        Optional<Preparation> existing = preparations.findByCaseId(caseId);
        if (existing.isPresent() || details.version() != PreparationDetails.NEW) {
            Preparation preparation = existing.orElseThrow(() -> new StaleVersionException("Preparation", caseId));
            StaleVersionException.check("Preparation", caseId, details.version(), preparation.getVersion());
            preparation.write(details, recordedBy, now);
            preparations.flush();
            return preparation.toView().id();
        }
        try {
            long preparationId = preparations.saveAndFlush(new Preparation(caseId, details, recordedBy, now)).toView().id();
            events.publishEvent(new CasePrepared(caseId, details.preparingBodyId(), details.preparedOn(), details.proposedOutcome(), recordedBy));
            return preparationId;
        } catch (DataIntegrityViolationException e) {
            throw new StaleVersionException("Preparation", caseId);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralView> forCase(long caseId) {
        LocalDate today = LocalDate.now(clock);
        List<Referral> found = referrals.findByCaseIdOrderBySentOnAscIdAsc(caseId);
        Map<Long, StatementView> answers = statements.findByReferralIdIn(found.stream().map(Referral::getId).toList()).stream()
                .map(Statement::toView).collect(Collectors.toMap(StatementView::referralId, Function.identity()));
        return found.stream().map(r -> view(r, today, Optional.ofNullable(answers.get(r.getId())))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReferralView> referral(long referralId) {
        return referrals.findById(referralId)
                .map(r -> view(r, LocalDate.now(clock), statements.findByReferralId(referralId).map(Statement::toView)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PreparationView> preparationOf(long caseId) {
        return preparations.findByCaseId(caseId).map(Preparation::toView);
    }

    /** Pending referrals past their due date, oldest first. */
    @Override
    @Transactional(readOnly = true)
    public List<ReferralView> overdue(int limit) {
        LocalDate today = LocalDate.now(clock);
        return referrals.findOverdue(today, PageRequest.of(0, limit)).stream().map(r -> view(r, today, Optional.empty())).toList();
    }

    private static ReferralView view(Referral referral, LocalDate today, Optional<StatementView> statement) {
        return new ReferralView(referral.getId(), referral.getCaseId(), referral.getBodyId(), referral.getSentOn(),
                referral.getDueOn(), referral.statusOn(today), statement);
    }
}
