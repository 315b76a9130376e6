package se.sparbar.actionplan;

import java.time.LocalDate;

/**
 * When an item is next due. An item may have a one-off deadline ({@code dueOn}), met only when the
 * item is done, and/or a recurrence: deadlines every 12 or 6 months from {@code recurrenceFrom},
 * each met by any progress report dated after the previous deadline ("a report covers every
 * deadline up to its date"). A done or cancelled item is due no more. An item is overdue when its
 * next deadline is before today.
 */
public final class Deadlines {

    private Deadlines() {
    }

    public static LocalDate nextDue(LocalDate dueOn, Recurrence recurrence, LocalDate recurrenceFrom, ItemStatus status,
                                    LocalDate latestReportOn) {
        if (status.isClosed()) {
            return null;
        }
        LocalDate next = dueOn;
        if (recurrence != Recurrence.NONE && recurrenceFrom != null) {
            LocalDate occurrence = recurrenceFrom;
            for (int n = 1; latestReportOn != null && !occurrence.isAfter(latestReportOn); n++) {
                occurrence = recurrenceFrom.plusMonths((long) recurrence.months() * n);
            }
            next = next == null || occurrence.isBefore(next) ? occurrence : next;
        }
        return next;
    }

    public static boolean isOverdue(LocalDate nextDue, LocalDate today) {
        return nextDue != null && nextDue.isBefore(today);
    }
}
