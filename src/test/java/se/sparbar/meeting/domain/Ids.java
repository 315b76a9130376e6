package se.sparbar.meeting.domain;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;

/** Gives unsaved entities the ids the database would, for unit tests of the aggregates without Spring. */
final class Ids {

    private static final AtomicLong NEXT = new AtomicLong(1000);

    private Ids() {
    }

    /** Every entity of the paragraph without an id gets one: the paragraph, its proposals, steps and reservations. */
    static MinutesParagraph assign(MinutesParagraph paragraph) {
        give(paragraph);
        paragraph.getProposals().forEach(Ids::give);
        paragraph.getSteps().forEach(Ids::give);
        paragraph.getReservations().forEach(Ids::give);
        return paragraph;
    }

    static Meeting assign(Meeting meeting) {
        give(meeting);
        meeting.getRoles().forEach(Ids::give);
        meeting.getAttendance().forEach(Ids::give);
        return meeting;
    }

    private static void give(Object entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, NEXT.incrementAndGet());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
