package se.sparbar.meeting;

import java.util.Optional;

/** A paragraph as other modules refer to it, for the public record: where it belongs and how it is cited. */
public interface ParagraphReferences {

    Optional<ParagraphRef> paragraph(long paragraphId);

    /** "KF 2024-11-27 § 149"; {@code published} once its minutes are on the notice board. */
    record ParagraphRef(long paragraphId, long meetingId, long bodyId, Long caseId, String reference, boolean published) {
    }
}
