package se.sparbar.motion.domain;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.sparbar.motion.CosignAnswered;
import se.sparbar.motion.CosignInvited;
import se.sparbar.motion.CosignerStatus;
import se.sparbar.motion.MotionRegistered;
import se.sparbar.motion.MotionSubmitted;
import se.sparbar.motion.MotionWithdrawn;
import se.sparbar.motion.MotionWrittenOff;
import se.sparbar.registry.CaseSummary;

/** Announces what happened to a motion, from the filing and the import paths alike. */
@Component
class MotionEvents {

    private final ApplicationEventPublisher events;

    MotionEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The people invited to co-sign, before a change: compare with {@link #invited}. */
    static Set<Long> invitees(Motion motion) {
        return motion.getCosigners().stream().map(MotionCosigner::getPersonId).collect(Collectors.toSet());
    }

    /** Announces an invitation to each co-signer invited by the change (not those invited before it). */
    void invited(Motion motion, Set<Long> before) {
        motion.getCosigners().stream()
                .filter(c -> c.getStatus() == CosignerStatus.INVITED && !before.contains(c.getPersonId()))
                .forEach(c -> events.publishEvent(new CosignInvited(motion.getId(), c.getPersonId(), motion.getFirstSignatoryId(),
                        motion.getTitle())));
    }

    void answered(Motion motion, long personId, boolean confirmed) {
        events.publishEvent(new CosignAnswered(motion.getId(), personId, confirmed, motion.getFirstSignatoryId(), motion.getTitle()));
    }

    void submitted(Motion motion) {
        events.publishEvent(new MotionSubmitted(motion.getId(), motion.getFirstSignatoryId(), motion.getAddressedBodyId(),
                motion.getTitle(), motion.getSubmittedAt()));
    }

    void registered(Motion motion, CaseSummary registered) {
        events.publishEvent(new MotionRegistered(motion.getId(), registered.id(), registered.caseNumber(), motion.getFirstSignatoryId(),
                motion.getTitle(), registered.receivedOn(), registered.registeredAt()));
    }

    void withdrawn(Motion motion, boolean submitted) {
        events.publishEvent(new MotionWithdrawn(motion.getId(), motion.getCaseId(), motion.getFirstSignatoryId(), motion.getTitle(),
                submitted));
    }

    void writtenOff(Motion motion) {
        events.publishEvent(new MotionWrittenOff(motion.getId(), motion.getCaseId(), motion.getFirstSignatoryId(), motion.getTitle(),
                motion.getDecidedOn()));
    }
}
