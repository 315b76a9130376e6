package se.sparbar.motion.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.meeting.CaseParagraphs;
import se.sparbar.motion.CosignerStatus;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.MotionStatus;
import se.sparbar.motion.Registration;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.PersonRef;
import se.sparbar.referral.PreparationDetails;
import se.sparbar.referral.PreparationView;
import se.sparbar.referral.ReferralView;
import se.sparbar.referral.Referrals;
import se.sparbar.referral.StatementDetails;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.CaseType;
import se.sparbar.registry.Cases;
import se.sparbar.registry.NewCase;
import se.sparbar.settings.Settings;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.RefusedException;
import se.sparbar.shared.StaleVersionException;

/**
 * What councillors and clerks do with motions. Each method is one transaction; who may do what is
 * checked here, whatever the page showed.
 */
@Service
@NamedInterface("seeding")
public class Motions {

    private final MotionRepository motions;
    private final CouncilChoiceRepository choices;
    private final Directory directory;
    private final Cases cases;
    private final Referrals referrals;
    private final Settings settings;
    private final Clock clock;

    private final CaseParagraphs meetingParagraphs;
    private final MotionEvents events;

    Motions(MotionRepository motions, CouncilChoiceRepository choices, Directory directory, Cases cases, Referrals referrals,
            Settings settings, CaseParagraphs meetingParagraphs, MotionEvents events, Clock clock) {
        this.meetingParagraphs = meetingParagraphs;
        this.events = events;
        this.motions = motions;
        this.choices = choices;
        this.directory = directory;
        this.cases = cases;
        this.referrals = referrals;
        this.settings = settings;
        this.clock = clock;
    }

    // --- councillors -------------------------------------------------------------------------

    @Transactional
    public long createDraft(long userId, MotionDraft draft) {
        PersonRef filer = directory.personOfAccount(userId).orElseThrow(() -> new RefusedException("motion.refused.noPerson"));
        checkCosigners(draft, filer);
        Motion motion = motions.save(new Motion(userId, filer.id(), filer.partyId(), draft, now()));
        events.invited(motion, Set.of());
        return motion.getId();
    }

    @Transactional
    public void editDraft(long motionId, long userId, MotionDraft draft, long version) {
        Motion motion = ownMotionForUpdate(motionId, userId);
        StaleVersionException.check("Motion", motionId, version, motion.getVersion());
        checkCosigners(draft, directory.personOfAccount(userId).orElseThrow());
        Set<Long> before = MotionEvents.invitees(motion);
        motion.edit(draft, now());
        motions.flush();
        events.invited(motion, before);
    }

    @Transactional
    public void submit(long motionId, long userId) {
        Motion motion = ownMotionForUpdate(motionId, userId);
        Instant now = now();
        LocalDate filedOn = LocalDate.ofInstant(now, clock.getZone());
        motion.submit(now, filedOn.getYear(), filedOn.plusMonths(settings.current().motionTimeLimitMonths()));
        events.submitted(motion);
    }

    @Transactional
    public void withdraw(long motionId, long userId) {
        Motion motion = ownMotionForUpdate(motionId, userId);
        boolean submitted = motion.getStatus() != MotionStatus.DRAFT;
        motion.withdraw(now());
        events.withdrawn(motion, submitted);
    }

    @Transactional
    public void answerInvitation(long motionId, long userId, boolean confirm) {
        PersonRef person = directory.personOfAccount(userId).orElseThrow(() -> new RefusedException("motion.refused.noInvitation"));
        Motion motion = find(motionId);
        motion.answerInvitation(person.id(), confirm, now());
        events.answered(motion, person.id(), confirm);
    }

    // --- clerks ------------------------------------------------------------------------------

    /** Registers the motion with the next case number. The motion row is locked: a second clerk waits, then is refused. */
    @Transactional
    public CaseSummary register(long motionId, long clerkId, Registration registration) {
        Motion motion = motions.findForUpdate(motionId).orElseThrow(() -> new NotFoundException("Motion", motionId));
        if (motion.getStatus() != MotionStatus.SUBMITTED) {
            throw new RefusedException(motion.getCaseId() != null ? "motion.refused.alreadyRegistered" : "motion.refused.notSubmitted");
        }
        BodyRef board = executiveBoard();
        CaseSummary registered = cases.register(new NewCase(CaseType.MOTION, motion.getTitle(), registration.summary(),
                registration.sender(), registration.receivedOn(), board.id(), board.abbreviation().toUpperCase(java.util.Locale.ROOT), clerkId));
        motion.register(registered.id(), now());
        events.registered(motion, registered);
        return registered;
    }

    @Transactional
    public void refer(long motionId, long clerkId, Set<Long> bodyIds, LocalDate dueOn) {
        Motion motion = motions.findForUpdate(motionId).orElseThrow(() -> new NotFoundException("Motion", motionId));
        motion.refer(now());
        referrals.send(motion.getCaseId(), bodyIds, LocalDate.now(clock), dueOn, clerkId);
    }

    /** Records the executive board's proposal; the motion becomes ready for the council's agenda. */
    @Transactional
    public void prepare(long motionId, long clerkId, PreparationDetails details) {
        prepare(motionId, clerkId, details, null);
    }

    /**
     * Records the executive board's proposal; while referrals of the case are unanswered, only with
     * {@code reasonToProceed} (the clerk's explicit choice to prepare without them).
     */
    @Transactional
    public void prepare(long motionId, long clerkId, PreparationDetails details, String reasonToProceed) {
        Motion motion = motions.findForUpdate(motionId).orElseThrow(() -> new NotFoundException("Motion", motionId));
        if (motion.getStatus() != MotionStatus.PREPARED) {
            int unanswered = motion.getCaseId() == null ? 0 : (int) referrals.forCase(motion.getCaseId()).stream()
                    .filter(r -> r.status() != se.sparbar.referral.ReferralStatus.ANSWERED).count();
            motion.prepare(now(), unanswered, reasonToProceed);
        }
        referrals.prepare(motion.getCaseId(), details, clerkId);
    }

    // --- the council (its decisions arrive as CaseDecided, see MotionAgenda; its choice on an unprepared motion here) ----

    /**
     * Records the council's choice on a motion it could not decide in time: write it off, or let
     * preparation continue. Both stay on record; a write-off also ends the motion.
     */
    @Transactional
    public void recordCouncilChoice(long motionId, long clerkId, boolean writeOff, LocalDate decidedOn) {
        Motion motion = motions.findForUpdate(motionId).orElseThrow(() -> new NotFoundException("Motion", motionId));
        if (writeOff) {
            motion.writeOff(decidedOn, now());
            events.writtenOff(motion);
        } else if (!MotionStatus.IN_PREPARATION.contains(motion.getStatus())) {
            throw new RefusedException("motion.refused.notInPreparation");
        }
        choices.save(new CouncilChoice(motionId, writeOff ? CouncilChoice.Choice.WRITE_OFF : CouncilChoice.Choice.CONTINUE,
                decidedOn, clerkId, now()));
    }

    // --- reading -----------------------------------------------------------------------------

    /** Whether the motion exists and the viewer may read it (and so its history): a draft only its filer and invited co-signers. */
    @Transactional(readOnly = true)
    public boolean isReadableBy(long motionId, long viewerId) {
        return motions.findById(motionId).map(motion -> readableBy(motion, viewerId)).orElse(false);
    }

    private boolean readableBy(Motion motion, long viewerId) {
        if (motion.getStatus() != MotionStatus.DRAFT) {
            return true;
        }
        Optional<PersonRef> viewer = directory.personOfAccount(viewerId);
        boolean filer = viewer.map(v -> v.id() == motion.getFirstSignatoryId()).orElse(false);
        boolean invited = viewer.flatMap(v -> motion.cosigner(v.id())).isPresent();
        return filer || invited;
    }

    /**
     * The motion as {@code viewer} may see it: a draft only by its filer and the councillors
     * invited to sign it; the contact person only by the filer and clerks.
     */
    @Transactional(readOnly = true)
    public MotionView view(long motionId, long viewerId, boolean clerk) {
        Motion motion = find(motionId);
        if (!readableBy(motion, viewerId)) {
            throw new NotFoundException("Motion", motionId);
        }
        Optional<PersonRef> viewer = directory.personOfAccount(viewerId);
        boolean filer = viewer.map(v -> v.id() == motion.getFirstSignatoryId()).orElse(false);
        boolean invited = viewer.flatMap(v -> motion.cosigner(v.id())).isPresent();
        Set<Long> personIds = new HashSet<>();
        personIds.add(motion.getFirstSignatoryId());
        motion.getCosigners().forEach(c -> personIds.add(c.getPersonId()));
        Map<Long, PersonRef> people = directory.people(personIds);

        Optional<CaseSummary> registered = Optional.ofNullable(motion.getCaseId()).flatMap(cases::find);
        List<ReferralView> referralViews = registered.map(c -> referrals.forCase(c.id())).orElse(List.of());
        Optional<PreparationView> preparation = registered.flatMap(c -> referrals.preparationOf(c.id()));
        Set<Long> bodyIds = new HashSet<>();
        bodyIds.add(motion.getAddressedBodyId());
        referralViews.forEach(r -> bodyIds.add(r.bodyId()));
        preparation.ifPresent(p -> bodyIds.add(p.preparingBodyId()));
        Map<Long, BodyRef> bodies = directory.bodies(bodyIds);

        List<MotionView.Cosigner> cosigners = motion.getCosigners().stream()
                .map(c -> new MotionView.Cosigner(people.get(c.getPersonId()), c.getStatus(), c.getAnsweredAt())).toList();
        List<MotionView.Referral> referralRows = referralViews.stream()
                .map(r -> new MotionView.Referral(r, bodies.get(r.bodyId()))).toList();
        Optional<MotionDraft.Contact> contact = filer || clerk
                ? Optional.of(new MotionDraft.Contact(motion.getContactFirstName(), motion.getContactLastName(),
                        motion.getContactPhone(), motion.getContactEmail()))
                : Optional.empty();
        MotionStatus status = motion.getStatus();
        boolean open = !status.isFinal();
        boolean inPreparation = MotionStatus.IN_PREPARATION.contains(status);
        var may = new MotionView.Permissions(
                filer && status == MotionStatus.DRAFT,
                filer && status == MotionStatus.DRAFT,
                filer && open,
                invited && status == MotionStatus.DRAFT
                        && motion.cosigner(viewer.get().id()).map(c -> c.getStatus() == CosignerStatus.INVITED).orElse(false),
                clerk && status == MotionStatus.SUBMITTED,
                clerk && inPreparation && status != MotionStatus.PREPARED,
                clerk && !referralViews.isEmpty(),
                clerk && inPreparation);
        var content = new MotionView.Content(motion.getTitle(), motion.getText(),
                motion.getProposals().stream().map(MotionProposal::getText).toList(), bodies.get(motion.getAddressedBodyId()));
        var signatories = new MotionView.Signatories(people.get(motion.getFirstSignatoryId()), cosigners, contact);
        var dates = new MotionView.Dates(motion.getCreatedAt(), motion.getSubmittedAt(), motion.getDeadlineOn(), motion.getDecidedOn());
        var procedure = new MotionView.Procedure(registered, referralRows, preparation, preparation.map(p -> bodies.get(p.preparingBodyId())));
        return new MotionView(motion.getId(), status, motion.getVersion(), content, signatories, dates, procedure,
                timeline(motion, people, registered, referralRows, preparation, bodies), may);
    }

    /** The draft as its filer edits it. */
    @Transactional(readOnly = true)
    public MotionDraft draftOf(long motionId, long userId) {
        Motion motion = ownMotion(motionId, userId);
        return new MotionDraft(motion.getTitle(), motion.getText(),
                motion.getProposals().stream().map(MotionProposal::getText).toList(), motion.getAddressedBodyId(),
                motion.getCosigners().stream().map(MotionCosigner::getPersonId).collect(Collectors.toSet()),
                new MotionDraft.Contact(motion.getContactFirstName(), motion.getContactLastName(), motion.getContactPhone(),
                        motion.getContactEmail()));
    }

    @Transactional(readOnly = true)
    public long versionOf(long motionId) {
        return find(motionId).getVersion();
    }

    private List<MotionView.TimelineEntry> timeline(Motion motion, Map<Long, PersonRef> people, Optional<CaseSummary> registered,
                                                    List<MotionView.Referral> referralRows, Optional<PreparationView> preparation,
                                                    Map<Long, BodyRef> bodies) {
        List<MotionView.TimelineEntry> entries = new ArrayList<>();
        entries.add(at(motion.getCreatedAt(), "timeline.created", people.get(motion.getFirstSignatoryId()).nameWithParty()));
        for (MotionCosigner cosigner : motion.getCosigners()) {
            if (cosigner.getAnsweredAt() != null) {
                entries.add(at(cosigner.getAnsweredAt(), "timeline.cosigner." + cosigner.getStatus(),
                        people.get(cosigner.getPersonId()).nameWithParty()));
            }
        }
        if (motion.getSubmittedAt() != null) {
            entries.add(at(motion.getSubmittedAt(), "timeline.submitted", null));
        }
        registered.ifPresent(c -> entries.add(at(c.registeredAt(), "timeline.registered", c.caseNumber())));
        for (MotionView.Referral row : referralRows) {
            entries.add(new MotionView.TimelineEntry(row.referral().sentOn(), null, "timeline.referred", row.body().name()));
            row.referral().statement().ifPresent(s ->
                    entries.add(new MotionView.TimelineEntry(s.decidedOn(), null, "timeline.statement", row.body().name())));
        }
        preparation.ifPresent(p -> entries.add(new MotionView.TimelineEntry(p.preparedOn(), null, "timeline.prepared",
                bodies.get(p.preparingBodyId()).name())));
        registered.ifPresent(c -> meetingParagraphs.forCase(c.id()).forEach(p -> entries.add(new MotionView.TimelineEntry(
                p.decidedOn() != null ? p.decidedOn() : p.meetingDate(), null,
                p.outcome() == null ? "timeline.paragraph" : "timeline.paragraph." + p.outcome(), p.reference(),
                p.published() ? "/paragraphs/" + p.paragraphId() : null))));
        if (motion.getStatus().isDecided() || motion.getStatus() == MotionStatus.WRITTEN_OFF) {
            entries.add(new MotionView.TimelineEntry(motion.getDecidedOn(), null, "timeline.status." + motion.getStatus(), null));
        } else if (motion.getStatus() == MotionStatus.SENT_BACK || motion.getStatus() == MotionStatus.WITHDRAWN) {
            entries.add(at(motion.getStatusChangedAt(), "timeline.status." + motion.getStatus(), null));
        }
        entries.sort(Comparator.comparing(MotionView.TimelineEntry::date)
                .thenComparing(e -> e.at() == null ? Instant.MAX : e.at()));
        return entries;
    }

    private MotionView.TimelineEntry at(Instant instant, String key, String detail) {
        return new MotionView.TimelineEntry(LocalDate.ofInstant(instant, clock.getZone()), instant, key, detail);
    }

    private void checkCosigners(MotionDraft draft, PersonRef filer) {
        Set<Long> councillors = directory.councillors().stream().map(PersonRef::id).collect(Collectors.toSet());
        boolean allowed = Stream.of(draft.cosignerPersonIds()).flatMap(Set::stream)
                .allMatch(id -> id != filer.id() && councillors.contains(id));
        if (!allowed) {
            throw new RefusedException("motion.refused.cosignerNotCouncillor");
        }
    }

    private BodyRef executiveBoard() {
        return directory.activeBodies().stream().filter(b -> b.type() == BodyType.EXECUTIVE_BOARD).findFirst()
                .orElseThrow(() -> new RefusedException("motion.refused.noExecutiveBoard"));
    }

    /**
     * The motion, if the user is its first signatory. (Who entered it is kept apart: a clerk may
     * import a motion filed on paper, and it still belongs to the councillor who signed it.)
     */
    private Motion ownMotion(long motionId, long userId) {
        return own(find(motionId), userId);
    }

    /** The same, locked: two saves of one draft wait for each other, and the second is refused on its stale version (409). */
    private Motion ownMotionForUpdate(long motionId, long userId) {
        return own(motions.findForUpdate(motionId).orElseThrow(() -> new NotFoundException("Motion", motionId)), userId);
    }

    private Motion own(Motion motion, long userId) {
        boolean signatory = directory.personOfAccount(userId).map(p -> p.id() == motion.getFirstSignatoryId()).orElse(false);
        if (!signatory) {
            throw new AccessDeniedException("Only the filer may change this motion");
        }
        return motion;
    }

    private Motion find(long motionId) {
        return motions.findById(motionId).orElseThrow(() -> new NotFoundException("Motion", motionId));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
