package se.sparbar.motion.domain;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import se.sparbar.audit.HistoryReadRule;
import se.sparbar.organisation.AccountId;

/** A motion's history is readable by whoever may read the motion: a draft's only by its filer and invited co-signers. */
@Component
class MotionHistoryReadRule implements HistoryReadRule {

    private final Motions motions;

    MotionHistoryReadRule(Motions motions) {
        this.motions = motions;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("Motion", "MotionProposal", "MotionCosigner");
    }

    @Override
    public boolean mayRead(String entityName, long id, Authentication viewer) {
        if (!entityName.equals("Motion")) {
            return true;
        }
        return motions.isReadableBy(id, AccountId.ofOptional(viewer).orElse(-1));
    }
}
