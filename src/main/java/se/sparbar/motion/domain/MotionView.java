package se.sparbar.motion.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.sparbar.motion.CosignerStatus;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.MotionStatus;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.PersonRef;
import se.sparbar.referral.PreparationView;
import se.sparbar.referral.ReferralView;
import se.sparbar.registry.CaseSummary;

/** Everything the motion's page shows, and what the viewer may do with it. */
public record MotionView(long id, String title, String text, List<String> proposals, MotionStatus status,
                         BodyRef addressedBody, PersonRef firstSignatory, List<Cosigner> cosigners,
                         Optional<MotionDraft.Contact> contact, Instant createdAt, Instant submittedAt,
                         LocalDate deadlineOn, LocalDate decidedOn, Optional<CaseSummary> registeredCase,
                         List<Referral> referrals, Optional<PreparationView> preparation, Optional<BodyRef> preparingBody,
                         List<TimelineEntry> timeline, long version, Permissions may) {

    public record Cosigner(PersonRef person, CosignerStatus status, Instant answeredAt) {
    }

    public record Referral(ReferralView referral, BodyRef body) {
    }

    /** One event of the motion's story. {@code at} is set when the time of day is known. */
    /** An event on the motion's way; {@code href} links to where it is recorded (a minutes paragraph). */
    public record TimelineEntry(LocalDate date, Instant at, String messageKey, String detail, String href) {

        public TimelineEntry(LocalDate date, Instant at, String messageKey, String detail) {
            this(date, at, messageKey, detail, null);
        }
    }

    public record Permissions(boolean edit, boolean submit, boolean withdraw, boolean answerInvitation,
                              boolean register, boolean refer, boolean recordStatement, boolean prepare) {
    }

    public boolean isPastDeadline(LocalDate today) {
        return status.isPastDeadline(deadlineOn, today);
    }
}
