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

/**
 * Everything the motion's page shows, and what the viewer may do with it, in named parts: the content
 * (title, text, proposals, addressed body), its signatories, its dates, its procedure (case,
 * referrals, preparation), the timeline and the viewer's permissions. The flat accessors below read
 * through to the parts, so pages keep writing {@code motion.title}.
 */
public record MotionView(long id, MotionStatus status, long version, Content content, Signatories signatories, Dates dates,
                         Procedure procedure, List<TimelineEntry> timeline, Permissions may) {

    /** What the motion says and to whom. */
    public record Content(String title, String text, List<String> proposals, BodyRef addressedBody) {
    }

    /** Who stands behind it; the contact person only for the filer and clerks. */
    public record Signatories(PersonRef firstSignatory, List<Cosigner> cosigners, Optional<MotionDraft.Contact> contact) {
    }

    /** Filed, submitted, the one-year deadline and the day it was decided. */
    public record Dates(Instant createdAt, Instant submittedAt, LocalDate deadlineOn, LocalDate decidedOn) {
    }

    /** Its way through the case: the registered case, referrals for statements and the preparation. */
    public record Procedure(Optional<CaseSummary> registeredCase, List<Referral> referrals, Optional<PreparationView> preparation,
                            Optional<BodyRef> preparingBody) {
    }

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

    public String title() {
        return content.title();
    }

    public String text() {
        return content.text();
    }

    public List<String> proposals() {
        return content.proposals();
    }

    public BodyRef addressedBody() {
        return content.addressedBody();
    }

    public PersonRef firstSignatory() {
        return signatories.firstSignatory();
    }

    public List<Cosigner> cosigners() {
        return signatories.cosigners();
    }

    public Optional<MotionDraft.Contact> contact() {
        return signatories.contact();
    }

    public Instant createdAt() {
        return dates.createdAt();
    }

    public Instant submittedAt() {
        return dates.submittedAt();
    }

    public LocalDate deadlineOn() {
        return dates.deadlineOn();
    }

    public LocalDate decidedOn() {
        return dates.decidedOn();
    }

    public Optional<CaseSummary> registeredCase() {
        return procedure.registeredCase();
    }

    public List<Referral> referrals() {
        return procedure.referrals();
    }

    public Optional<PreparationView> preparation() {
        return procedure.preparation();
    }

    public Optional<BodyRef> preparingBody() {
        return procedure.preparingBody();
    }

    public boolean isPastDeadline(LocalDate today) {
        return status.isPastDeadline(dates.deadlineOn(), today);
    }
}
