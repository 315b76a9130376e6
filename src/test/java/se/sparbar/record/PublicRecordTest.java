package se.sparbar.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.meeting.domain.MeetingFixture;
import se.sparbar.meeting.domain.Meetings;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.Registration;
import se.sparbar.motion.domain.MotionImport;
import se.sparbar.motion.domain.Motions;
import se.sparbar.registry.Cases;

/** One record of what happened: written with the change, readable by case, visible as decided when written. */
@IntegrationTest
@RecordApplicationEvents
class PublicRecordTest {

    @Autowired
    java.time.Clock clock;

    @Autowired PublicRecord record;
    @Autowired Motions motions;
    @Autowired MotionImport imports;
    @Autowired Meetings meetings;
    @Autowired Cases cases;
    @Autowired MeetingFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEvents events;

    @Test
    void seed003sCaseShowsItsDecisionToThePublicAndTheItemThatCarriesItOut() {
        long caseId = caseId("2024.339 KS");

        List<RecordEntry> publicThread = record.ofCase(caseId, false);
        assertThat(publicThread).extracting(RecordEntry::kind)
                .contains(RecordKind.CASE_REGISTERED, RecordKind.DECISION_PUBLISHED, RecordKind.ACTION_ITEM_LINKED)
                .doesNotContain(RecordKind.CASE_DECIDED);
        assertThat(publicThread).filteredOn(e -> e.kind() == RecordKind.DECISION_PUBLISHED).extracting(e -> e.detail("reference"))
                .containsExactly("KS 2024-10-21 § 140", "KF 2024-11-27 § 149");
        RecordEntry decision = publicThread.stream().filter(e -> e.kind() == RecordKind.DECISION_PUBLISHED).reduce((a, b) -> b).orElseThrow();
        assertThat(decision.detail("appealEndsOn")).isEqualTo(LocalDate.parse(decision.detail("postedOn")).plusDays(21).toString());
        assertThat(publicThread).filteredOn(e -> e.kind() == RecordKind.ACTION_ITEM_LINKED).extracting(RecordEntry::summary)
                .contains("Effektivisera den politiska målstyrningen");
        assertThat(publicThread).extracting(RecordEntry::eventDate).isSorted();

        assertThat(record.ofCase(caseId, true)).extracting(RecordEntry::kind).contains(RecordKind.CASE_DECIDED);
    }

    @Test
    void aMotionsCaseThreadStartsAtItsFilingAndADraftsInvitationIsNeverListed() {
        long frida = personId("Sigfrids");
        long heidi = personId("Hankanen Ängberg");
        long clerk = account("clerk");
        long motion = imports.draft(clerk, frida, draft("Ett spårbart förslag", Set.of(heidi)), clock.instant());

        RecordEntry invitation = events.stream(RecordAppended.class).map(RecordAppended::entry)
                .filter(e -> e.kind() == RecordKind.COSIGN_INVITED && motion == e.motionId()).findFirst().orElseThrow();
        assertThat(invitation.audience()).isEqualTo(Audience.PRIVATE);
        assertThat(invitation.personId()).isEqualTo(heidi);
        assertThat(record.ofPerson(heidi, true, 50)).extracting(RecordEntry::id).doesNotContain(invitation.id());

        imports.submit(motion, clock.instant());
        long caseId = motions.register(motion, clerk, new Registration(LocalDate.now(clock), "Frida Sigfrids", null)).id();

        assertThat(record.ofCase(caseId, false)).extracting(RecordEntry::kind)
                .containsExactly(RecordKind.MOTION_SUBMITTED, RecordKind.MOTION_REGISTERED);
        assertThat(record.ofCase(caseId, false)).allSatisfy(e -> assertThat(e.motionId()).isEqualTo(motion));
        assertThat(record.ofPerson(frida, false, 10)).extracting(RecordEntry::kind).startsWith(RecordKind.MOTION_REGISTERED);
    }

    @Test
    void aChangeThatRollsBackLeavesNoRow() {
        long frida = personId("Sigfrids");
        long motion = imports.draft(account("clerk"), frida, draft("Rullas tillbaka", Set.of()), clock.instant());
        int before = rowsOf(motion);
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                imports.submit(motion, clock.instant());
                throw new IllegalStateException("the transaction fails after the change");
            });
        } catch (IllegalStateException expected) {
            // the submission and its row go together
        }
        assertThat(rowsOf(motion)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from motion where id = ?", String.class, motion)).isEqualTo("DRAFT");
    }

    @Test
    void anAgendaIsPublicOnlyAWeekBeforeItsMeeting() {
        MeetingFixture.Council council = fixture.council(3, 0);
        String caseNumber = fixture.preparedMotion(council, account("clerk"), "På en dagordning långt fram");
        long caseId = caseId(caseNumber);
        long meeting = fixture.meeting(council, LocalDateTime.now(clock).plusDays(30));
        meetings.addCase(meeting, caseNumber);

        assertThat(record.ofCase(caseId, true)).extracting(RecordEntry::kind).contains(RecordKind.PUT_ON_AGENDA);
        assertThat(record.ofCase(caseId, false)).extracting(RecordEntry::kind).doesNotContain(RecordKind.PUT_ON_AGENDA);
        assertThat(record.ofBody(council.bodyId(), false, 10)).extracting(RecordEntry::kind).contains(RecordKind.MEETING_PLANNED)
                .doesNotContain(RecordKind.PUT_ON_AGENDA);
    }

    @Test
    void rowsCannotBeChangedOrDeleted() {
        long id = jdbc.queryForObject("select max(id) from record_event", Long.class);
        assertThatThrownBy(() -> jdbc.update("update record_event set summary = 'ändrad' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from record_event where id = ?", id)).hasMessageContaining("append-only");
    }

    private MotionDraft draft(String title, Set<Long> cosigners) {
        return new MotionDraft(title, "Motionens text.", List.of("att det görs"), jdbc.queryForObject("select id from body where abbreviation = 'KF'",
                Long.class), cosigners, new MotionDraft.Contact("Frida", "Sigfrids", null, null));
    }

    private int rowsOf(long motion) {
        return jdbc.queryForObject("select count(*) from record_event where motion_id = ?", Integer.class, motion);
    }

    private long caseId(String number) {
        return cases.findByNumber(number).orElseThrow().id();
    }

    private long personId(String lastName) {
        return jdbc.queryForObject("select id from person where last_name = ?", Long.class, lastName);
    }

    private long account(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
