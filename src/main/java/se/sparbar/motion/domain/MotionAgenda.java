package se.sparbar.motion.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.meeting.AgendaRule;
import se.sparbar.meeting.CaseDecided;
import se.sparbar.motion.MotionStatus;
import se.sparbar.motion.Outcome;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.BodyType;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.Cases;
import se.sparbar.shared.RefusedException;

/**
 * Motions at meetings: only a prepared motion goes on the council's agenda, and the council's
 * decision in a minutes paragraph moves the motion to its final status (or back to preparation).
 */
@Component
class MotionAgenda implements AgendaRule {

    private final MotionRepository motions;
    private final Cases cases;
    private final java.time.Clock clock;

    MotionAgenda(MotionRepository motions, Cases cases, java.time.Clock clock) {
        this.motions = motions;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> refusal(long caseId, BodyRef body) {
        return motions.findByCaseId(caseId)
                .filter(m -> body.type() == BodyType.COUNCIL && m.getStatus() != MotionStatus.PREPARED)
                .map(m -> "meeting.agenda.motionNotPrepared");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Candidate> candidates(BodyRef body) {
        if (body.type() != BodyType.COUNCIL) {
            return List.of();
        }
        List<Motion> prepared = motions.findPreparedFor(body.id());
        Map<Long, CaseSummary> caseById = cases.findAll(prepared.stream().map(Motion::getCaseId).toList());
        return prepared.stream().map(m -> new Candidate(m.getCaseId(), caseById.get(m.getCaseId()).caseNumber(), m.getTitle())).toList();
    }

    /** Runs in the deciding transaction: a refusal here (say, a withdrawn motion) undoes the decision. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseDecided decided) {
        motions.findByCaseId(decided.caseId()).ifPresent(motion -> apply(motion, decided));
    }

    private void apply(Motion motion, CaseDecided decided) {
        LocalDate on = decided.decidedOn();
        java.time.Instant now = java.time.Instant.now(clock);
        switch (decided.outcome()) {
            case APPROVED -> motion.decide(Outcome.APPROVED, on, now);
            case PARTLY_APPROVED -> motion.decide(Outcome.PARTLY_APPROVED, on, now);
            case REJECTED -> motion.decide(Outcome.REJECTED, on, now);
            case ANSWERED -> motion.decide(Outcome.ANSWERED, on, now);
            case SENT_BACK -> motion.sendBack(now);
            case WRITTEN_OFF -> motion.writeOff(on, now);
            default -> throw new RefusedException("meeting.decision.notForMotion");
        }
    }
}
