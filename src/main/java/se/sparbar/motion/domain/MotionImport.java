package se.sparbar.motion.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.MotionStatus;
import se.sparbar.motion.Registration;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.PersonRef;
import se.sparbar.referral.Referrals;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.CaseType;
import se.sparbar.registry.Cases;
import se.sparbar.registry.NewCase;
import se.sparbar.settings.Settings;
import se.sparbar.shared.NotFoundException;

/**
 * Brings motions filed before Spårbar into it, with the dates they really happened: a motion
 * filed on paper, registered in the old registry, referred last year. The same state rules apply
 * as in {@link Motions}; only the time is given instead of taken from the clock.
 */
@Service
@NamedInterface("seeding")
public class MotionImport {

    private final MotionRepository motions;
    private final Directory directory;
    private final Cases cases;
    private final Referrals referrals;
    private final Settings settings;
    private final MotionEvents events;
    private final Clock clock;

    MotionImport(MotionRepository motions, Directory directory, Cases cases, Referrals referrals, Settings settings, MotionEvents events,
                 Clock clock) {
        this.events = events;
        this.motions = motions;
        this.directory = directory;
        this.cases = cases;
        this.referrals = referrals;
        this.settings = settings;
        this.clock = clock;
    }

    /** A draft by {@code firstSignatoryId}, imported by the account {@code importedBy}. */
    @Transactional
    public long draft(long importedBy, long firstSignatoryId, MotionDraft draft, Instant createdAt) {
        PersonRef filer = directory.people(Set.of(firstSignatoryId)).get(firstSignatoryId);
        if (filer == null) {
            throw new NotFoundException("Person", firstSignatoryId);
        }
        Motion motion = motions.save(new Motion(importedBy, filer.id(), filer.partyId(), draft, createdAt));
        events.invited(motion, Set.of());
        return motion.getId();
    }

    @Transactional
    public void answerInvitation(long motionId, long personId, boolean confirm, Instant at) {
        Motion motion = find(motionId);
        motion.answerInvitation(personId, confirm, at);
        events.answered(motion, personId, confirm);
    }

    @Transactional
    public void submit(long motionId, Instant at) {
        LocalDate filedOn = LocalDate.ofInstant(at, clock.getZone());
        Motion motion = find(motionId);
        motion.submit(at, filedOn.getYear(), filedOn.plusMonths(settings.current().motionTimeLimitMonths()));
        events.submitted(motion);
    }

    @Transactional
    public CaseSummary register(long motionId, long clerkId, Registration registration, Instant at) {
        Motion motion = find(motionId);
        BodyRef board = directory.activeBodies().stream().filter(b -> b.type() == BodyType.EXECUTIVE_BOARD).findFirst().orElseThrow();
        CaseSummary registered = cases.register(new NewCase(CaseType.MOTION, motion.getTitle(), registration.summary(),
                registration.sender(), registration.receivedOn(), board.id(), board.abbreviation().toUpperCase(Locale.ROOT), clerkId), at);
        motion.register(registered.id(), at);
        events.registered(motion, registered);
        return registered;
    }

    @Transactional
    public void refer(long motionId, long clerkId, Set<Long> bodyIds, LocalDate sentOn, LocalDate dueOn) {
        Motion motion = find(motionId);
        motion.refer(sentOn.atStartOfDay(clock.getZone()).toInstant());
        referrals.send(motion.getCaseId(), bodyIds, sentOn, dueOn, clerkId);
    }

    @Transactional
    public void withdraw(long motionId, Instant at) {
        Motion motion = find(motionId);
        boolean submitted = motion.getStatus() != MotionStatus.DRAFT;
        motion.withdraw(at);
        events.withdrawn(motion, submitted);
    }

    private Motion find(long motionId) {
        return motions.findById(motionId).orElseThrow(() -> new NotFoundException("Motion", motionId));
    }
}
