package se.sparbar.meeting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.meeting.MeetingDetails;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.Outcome;
import se.sparbar.motion.Registration;
import se.sparbar.motion.domain.MotionImport;
import se.sparbar.motion.domain.Motions;
import se.sparbar.organisation.domain.Bodies;
import se.sparbar.organisation.BodyType;
import se.sparbar.organisation.Commands.BodyDetails;
import se.sparbar.organisation.Commands.MembershipDetails;
import se.sparbar.organisation.Commands.PersonDetails;
import se.sparbar.organisation.MembershipRole;
import se.sparbar.organisation.domain.People;
import se.sparbar.referral.PreparationDetails;

/** A fresh council of its own for each test (the tests share one database), and what it decides on. */
@Component
public class MeetingFixture {

    @Autowired
    java.time.Clock clock;

    final Bodies bodies;
    final People people;
    final Meetings meetings;
    final Minutes minutes;
    final MotionImport imports;
    final Motions motions;
    public final JdbcTemplate jdbc;
    final TransactionTemplate transaction;

    MeetingFixture(Bodies bodies, People people, Meetings meetings, Minutes minutes, MotionImport imports, Motions motions,
                   JdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.bodies = bodies;
        this.people = people;
        this.meetings = meetings;
        this.minutes = minutes;
        this.imports = imports;
        this.motions = motions;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A council with its members and substitutes. */
    public record Council(long bodyId, String name, List<Long> members, List<Long> substitutes) {
    }

    public Council council(int members, int substitutes) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long body = bodies.create(new BodyDetails("F" + tag, "Fullmäktige " + tag, BodyType.COUNCIL, 0));
        List<Long> memberIds = new ArrayList<>();
        List<Long> substituteIds = new ArrayList<>();
        for (int i = 0; i < members + substitutes; i++) {
            long person = people.create(new PersonDetails("Ledamot" + i, "Test " + tag, null, null, 0));
            MembershipRole role = i < members ? MembershipRole.MEMBER : MembershipRole.SUBSTITUTE;
            people.addMembership(person, new MembershipDetails(body, role, LocalDate.of(2020, 1, 1), null, 0));
            (i < members ? memberIds : substituteIds).add(person);
        }
        return new Council(body, "Fullmäktige " + tag, memberIds, substituteIds);
    }

    public long meeting(Council council, LocalDateTime startsAt) {
        return meetings.plan(new MeetingDetails(council.bodyId(), startsAt, null, "Stadshuset", null, "Kommunledningskontoret"));
    }

    /**
     * A paragraph of a meeting of this council that started an hour ago, its members present, member 0 in the chair and
     * member 1 adjusting: every part of it may be recorded. Returns the paragraph's id.
     */
    public long openParagraph(Council council, String title) {
        long meeting = meeting(council, LocalDateTime.now(clock).minusHours(1).withNano(0));
        meetings.assignRoles(meeting, council.members().get(0), null, List.of(council.members().get(1)));
        return minutes.addParagraph(meeting, title);
    }

    /** A motion to this council, registered and prepared by the executive board: ready for the agenda. Returns its case number. */
    public String preparedMotion(Council council, long clerkAccount, String title) {
        return transaction.execute(status -> {
            long filer = council.members().get(0);
            long motion = imports.draft(clerkAccount, filer, new MotionDraft(title, "Motionens text.", List.of("att det utreds"),
                    council.bodyId(), Set.of(), new MotionDraft.Contact("Test", "Ledamot", null, null)), clock.instant().minusSeconds(3600));
            imports.submit(motion, clock.instant().minusSeconds(3000));
            var registered = imports.register(motion, clerkAccount, new Registration(LocalDate.now(clock),
                    "Test", title), clock.instant().minusSeconds(2000));
            long board = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
            motions.prepare(motion, clerkAccount, new PreparationDetails(board, LocalDate.now(clock),
                    Outcome.APPROVED.name(), "Kommunfullmäktige beslutar att bifalla motionen.", PreparationDetails.NEW));
            return registered.caseNumber();
        });
    }

    public long motionIdOf(String caseNumber) {
        return jdbc.queryForObject("select m.id from motion m join case_file c on c.id = m.case_id where c.case_number = ?", Long.class,
                caseNumber);
    }

    public long clerk() {
        return jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
    }
}
