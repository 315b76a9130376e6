package se.sparbar.motion;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a motion is. The legal transitions are the methods of {@code Motion}; see
 * docs/data-model.md §3 for the diagram.
 */
public enum MotionStatus {
    DRAFT, SUBMITTED, REGISTERED, REFERRED, PREPARED, SENT_BACK,
    DECIDED_APPROVED, DECIDED_PARTLY_APPROVED, DECIDED_REJECTED, DECIDED_ANSWERED,
    WITHDRAWN, WRITTEN_OFF;

    /** Registered and not yet decided: the one-year clock is running. */
    public static final Set<MotionStatus> IN_PREPARATION = EnumSet.of(REGISTERED, REFERRED, PREPARED, SENT_BACK);

    /** Filed and not yet decided, withdrawn or written off: the legal clock runs from filing (kommunallagen 5:35). */
    public static final Set<MotionStatus> AWAITING_DECISION = EnumSet.of(SUBMITTED, REGISTERED, REFERRED, PREPARED, SENT_BACK);

    public static final Set<MotionStatus> DECIDED = EnumSet.of(DECIDED_APPROVED, DECIDED_PARTLY_APPROVED, DECIDED_REJECTED, DECIDED_ANSWERED);

    /** The one rule for "past its deadline", used by every page, list and report. */
    public boolean isPastDeadline(LocalDate deadline, LocalDate today) {
        return AWAITING_DECISION.contains(this) && deadline != null && today.isAfter(deadline);
    }

    public boolean isDecided() {
        return DECIDED.contains(this);
    }

    /** No further change is possible. */
    public boolean isFinal() {
        return isDecided() || this == WITHDRAWN || this == WRITTEN_OFF;
    }
}
