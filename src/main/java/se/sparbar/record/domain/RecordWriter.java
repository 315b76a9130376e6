package se.sparbar.record.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.actionplan.ActionItemCreated;
import se.sparbar.actionplan.ActionItemLinked;
import se.sparbar.actionplan.FollowUpReportRegistered;
import se.sparbar.actionplan.ProgressReported;
import se.sparbar.governance.GoverningDocumentAdopted;
import se.sparbar.meeting.CaseDecided;
import se.sparbar.meeting.CasePutOnAgenda;
import se.sparbar.meeting.MeetingCancelled;
import se.sparbar.meeting.MeetingHeld;
import se.sparbar.meeting.MeetingPlanned;
import se.sparbar.meeting.MinutesAdjusted;
import se.sparbar.meeting.MinutesPosted;
import se.sparbar.meeting.ParagraphReferences;
import se.sparbar.motion.CosignAnswered;
import se.sparbar.motion.CosignInvited;
import se.sparbar.motion.MotionRegistered;
import se.sparbar.motion.MotionSubmitted;
import se.sparbar.motion.MotionWithdrawn;
import se.sparbar.motion.MotionWrittenOff;
import se.sparbar.record.RecordAppended;
import se.sparbar.record.RecordKind;
import se.sparbar.referral.CasePrepared;
import se.sparbar.referral.ReferralSent;
import se.sparbar.referral.StatementReceived;
import se.sparbar.registry.CaseRegistered;
import se.sparbar.registry.CaseType;
import se.sparbar.registry.DocumentRegistered;

/**
 * Turns what the modules announce into rows of the record, in the announcing transaction (so the row and
 * the change commit together, or neither), and decides there, once, who may see each row.
 */
@Component
class RecordWriter {

    /** An agenda is public this long before its meeting (a notice of the meeting goes out about a week ahead). */

    private final RecordStore store;
    private final ParagraphReferences meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordWriter(RecordStore store, ParagraphReferences meetings, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    // --- registry and motions ------------------------------------------------------------------

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseRegistered e) {
        if (e.type() == CaseType.MOTION) {
            return; // a motion's registration is recorded from MotionRegistered, which also names the motion
        }
        append(row(RecordKind.CASE_REGISTERED, date(e.registeredAt())).caseId(e.caseId()).body(e.ownerBodyId()).actor(e.registeredBy())
                .summary(e.title()).detail("caseNumber", e.caseNumber()).detail("caseType", e.type()).detail("sender", e.sender())
                .detail("receivedOn", e.receivedOn()));
    }

    /** An incoming document registered onto a case: public as the case is, dated the day it was received. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DocumentRegistered e) {
        append(row(RecordKind.DOCUMENT_REGISTERED, e.receivedOn()).caseId(e.caseId()).body(e.ownerBodyId()).actor(e.registeredBy())
                .summary(e.summary() == null ? "" : e.summary().length() > 500 ? e.summary().substring(0, 500) : e.summary())
                .detail("documentId", e.documentId()).detail("documentType", e.type()).detail("sender", e.sender())
                .detail("files", e.files()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CosignInvited e) {
        append(row(RecordKind.COSIGN_INVITED, today()).privateTo(e.personId()).motion(e.motionId()).summary(e.title())
                .detail("firstSignatoryId", e.firstSignatoryId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CosignAnswered e) {
        append(row(RecordKind.COSIGN_ANSWERED, today()).privateTo(e.firstSignatoryId()).motion(e.motionId()).summary(e.title())
                .detail("cosignerId", e.personId()).detail("confirmed", e.confirmed()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MotionSubmitted e) {
        append(row(RecordKind.MOTION_SUBMITTED, date(e.submittedAt())).motion(e.motionId()).person(e.firstSignatoryId())
                .body(e.addressedBodyId()).summary(e.title()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MotionRegistered e) {
        append(row(RecordKind.MOTION_REGISTERED, date(e.registeredAt())).caseId(e.caseId()).motion(e.motionId()).person(e.firstSignatoryId())
                .summary(e.title()).detail("caseNumber", e.caseNumber()).detail("receivedOn", e.receivedOn()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MotionWithdrawn e) {
        NewRecord row = row(RecordKind.MOTION_WITHDRAWN, today()).caseId(e.caseId()).motion(e.motionId()).summary(e.title());
        append(e.submitted() ? row.person(e.firstSignatoryId()) : row.privateTo(e.firstSignatoryId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MotionWrittenOff e) {
        append(row(RecordKind.MOTION_WRITTEN_OFF, e.decidedOn()).caseId(e.caseId()).motion(e.motionId()).person(e.firstSignatoryId())
                .summary(e.title()));
    }

    // --- referrals and preparation -------------------------------------------------------------

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReferralSent e) {
        append(row(RecordKind.REFERRAL_SENT, e.sentOn()).caseId(e.caseId()).referral(e.referralId()).body(e.bodyId()).actor(e.sentBy())
                .detail("dueOn", e.dueOn()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StatementReceived e) {
        append(row(RecordKind.STATEMENT_RECEIVED, e.decidedOn() == null ? today() : e.decidedOn()).caseId(e.caseId())
                .referral(e.referralId()).body(e.bodyId()).actor(e.recordedBy()).detail("statementId", e.statementId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CasePrepared e) {
        append(row(RecordKind.CASE_PREPARED, e.preparedOn()).caseId(e.caseId()).body(e.preparingBodyId()).actor(e.recordedBy())
                .detail("proposedOutcome", e.proposedOutcome()));
    }

    // --- meetings and minutes ------------------------------------------------------------------

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MeetingPlanned e) {
        append(row(RecordKind.MEETING_PLANNED, today()).meeting(e.meetingId()).body(e.bodyId()).summary(e.place())
                .detail("startsAt", e.startsAt()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CasePutOnAgenda e) {
        append(row(RecordKind.PUT_ON_AGENDA, today()).publicFrom(e.agendaPublicFrom()).caseId(e.caseId())
                .meeting(e.meetingId()).body(e.bodyId()).detail("startsAt", e.meetingStartsAt()));
    }

    /** Staff see a decision at once; the public when its minutes are posted (see {@link #on(MinutesPosted)}). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseDecided e) {
        String reference = meetings.paragraph(e.paragraphId()).map(ParagraphReferences.ParagraphRef::reference).orElse(null);
        append(row(RecordKind.CASE_DECIDED, e.decidedOn()).staff().caseId(e.caseId()).meeting(e.meetingId()).paragraph(e.paragraphId())
                .body(e.bodyId()).detail("outcome", e.outcome()).detail("reference", reference));
    }

    /** A cancellation is public at once: people planning to attend must hear of it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MeetingCancelled e) {
        append(row(RecordKind.MEETING_CANCELLED, date(e.cancelledAt())).meeting(e.meetingId()).body(e.bodyId()).summary(e.reason())
                .detail("startsAt", e.startsAt()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MeetingHeld e) {
        append(row(RecordKind.MEETING_HELD, date(e.heldAt())).staff().meeting(e.meetingId()).body(e.bodyId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MinutesAdjusted e) {
        append(row(RecordKind.MINUTES_ADJUSTED, e.adjustedOn()).staff().meeting(e.meetingId()).body(e.bodyId()));
    }

    /** The posting, and for each decided case in the minutes a public row of its decision. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MinutesPosted e) {
        append(row(RecordKind.MINUTES_POSTED, e.postedOn()).meeting(e.meetingId()).body(e.bodyId()).detail("postedOn", e.postedOn())
                .detail("appealEndsOn", e.appealEndsOn()));
        for (MinutesPosted.Decision decision : e.decisions()) {
            append(row(RecordKind.DECISION_PUBLISHED, e.postedOn()).caseId(decision.caseId()).meeting(e.meetingId())
                    .paragraph(decision.paragraphId()).body(e.bodyId()).detail("outcome", decision.outcome())
                    .detail("reference", decision.reference()).detail("decidedOn", decision.decidedOn())
                    .detail("postedOn", e.postedOn()).detail("appealEndsOn", e.appealEndsOn()));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(GoverningDocumentAdopted e) {
        var paragraph = meetings.paragraph(e.paragraphId());
        append(row(RecordKind.GOVERNING_DOCUMENT_ADOPTED, today()).publicOnlyIf(paragraph.map(ParagraphReferences.ParagraphRef::published).orElse(false))
                .caseId(paragraph.map(ParagraphReferences.ParagraphRef::caseId).orElse(null)).paragraph(e.paragraphId())
                .meeting(paragraph.map(ParagraphReferences.ParagraphRef::meetingId).orElse(null))
                .body(paragraph.map(ParagraphReferences.ParagraphRef::bodyId).orElse(null)).summary(e.title())
                .detail("documentId", e.documentId()).detail("replacedDocumentId", e.replacedDocumentId())
                .detail("reference", paragraph.map(ParagraphReferences.ParagraphRef::reference).orElse(null)));
    }

    // --- action plans --------------------------------------------------------------------------

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ActionItemCreated e) {
        NewRecord row = row(RecordKind.ACTION_ITEM_CREATED, today()).publicOnlyIf(e.planPublic()).item(e.itemId()).plan(e.planId())
                .actor(e.createdBy()).summary(e.title());
        append(fromParagraph(row, e.fromParagraphId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ActionItemLinked e) {
        NewRecord row = row(RecordKind.ACTION_ITEM_LINKED, today()).publicOnlyIf(e.planPublic()).item(e.itemId()).plan(e.planId())
                .actor(e.linkedBy()).summary(e.title());
        append(e.caseId() != null ? row.caseId(e.caseId()) : fromParagraph(row, e.paragraphId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProgressReported e) {
        append(row(RecordKind.PROGRESS_REPORTED, e.reportedOn()).publicOnlyIf(e.planPublic()).item(e.itemId()).plan(e.planId())
                .actor(e.authorId()).summary(e.itemTitle()).detail("status", e.status()).detail("reportId", e.reportId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FollowUpReportRegistered e) {
        append(row(RecordKind.FOLLOW_UP_REPORT_REGISTERED, today()).caseId(e.caseId()).plan(e.planId()).body(e.bodyId())
                .actor(e.registeredBy()).summary(e.title()).detail("roundId", e.roundId()));
    }

    // -------------------------------------------------------------------------------------------

    private NewRecord fromParagraph(NewRecord row, Long paragraphId) {
        if (paragraphId == null) {
            return row;
        }
        var paragraph = meetings.paragraph(paragraphId);
        return row.paragraph(paragraphId).caseId(paragraph.map(ParagraphReferences.ParagraphRef::caseId).orElse(null))
                .detail("reference", paragraph.map(ParagraphReferences.ParagraphRef::reference).orElse(null));
    }

    private NewRecord row(RecordKind kind, LocalDate eventDate) {
        return new NewRecord(kind, Instant.now(clock), eventDate);
    }

    private void append(NewRecord row) {
        events.publishEvent(new RecordAppended(store.append(row)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }
}
