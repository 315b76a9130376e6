package se.sparbar.actionplan;

import java.time.LocalDate;

/** An official (or clerk) reported progress on an item. */
public record ProgressReported(long reportId, long itemId, long planId, String itemTitle, ItemStatus status, LocalDate reportedOn,
                               boolean planPublic, long authorId) {
}
