package se.sparbar.actionplan;

import java.util.EnumSet;
import java.util.Set;

/** Where an action item stands. DONE and CANCELLED end it: nothing is due any more. */
public enum ItemStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, DELAYED, DONE, CANCELLED;

    /** What an official can report (cancelling is the clerk's decision). */
    public static final Set<ItemStatus> REPORTABLE = EnumSet.of(NOT_STARTED, ON_TRACK, AT_RISK, DELAYED, DONE);

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
