package se.sparbar.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sparbar.IntegrationTest;
import se.sparbar.actionplan.EffectKind;
import se.sparbar.actionplan.ItemDetails;
import se.sparbar.actionplan.PlanDetails;
import se.sparbar.actionplan.Recurrence;
import se.sparbar.actionplan.domain.ActionPlans;

/**
 * An official assigned to an item after it was created (by name, or because a role they hold is now named in
 * its Ansvar) hears of it once, in their language, with a link to the item; saving the item again without
 * changing who is responsible sends nothing, and nobody already responsible hears again.
 */
@IntegrationTest
class ItemAssignedTest extends MailTestBase {

    @Autowired ActionPlans plans;

    @Test
    void officialsMadeResponsibleAfterTheItemWasCreatedHearOfItOnceEachInTheirLanguage() throws Exception {
        long clerk = fixture.accountId("clerk");
        long official = fixture.accountId("official");
        long plan = plans.createPlan(new PlanDetails(MailFixture.unique("Plan för tilldelning"), "Bakgrund.", null, fixture.bodyId("KS"),
                null, "KS 2026-01-12 § 3", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null, 0));
        String title = MailFixture.unique("Åtgärd som tilldelas senare");
        // created for a role nobody holds and assigned to nobody: nobody is told
        long item = plans.addItem(plan, details(title, List.of("Ingen har den här rollen"), Set.of(), 0), clerk, null);
        Instant at = Instant.parse("2038-02-01T09:00:00Z");
        deliver(at);
        assertThat(mailsTo("official", title)).isEmpty();
        jdbc.update("update user_account set language = 'en' where id = ?", official);
        try {
            // assigned by name
            plans.changeItem(item, details(title, List.of("Ingen har den här rollen"), Set.of(official), version(item)), clerk);
            deliver(at);
            List<MimeMessage> toOfficial = mailsTo("official", title);
            assertThat(toOfficial).hasSize(1);
            assertThat(subject(toOfficial.get(0))).isEqualTo("An action item has been assigned to you: " + title);
            assertThat(MailFixture.text(toOfficial.get(0))).contains("/action-items/" + item).doesNotContain(String.valueOf(official) + ",");
            assertThat(MailFixture.html(toOfficial.get(0))).contains("/action-items/" + item);
            assertThat(toOfficial.get(0).getHeader("List-Unsubscribe")).isNull();

            // saved again with nothing changed about who is responsible: nothing announced, nothing sent
            long rows = assignedRows(item);
            plans.changeItem(item, details(title, List.of("ingen har den här rollen"), Set.of(official), version(item)), clerk);
            assertThat(assignedRows(item)).isEqualTo(rows);

            // the role "Systemförvaltare" (the admin's job title) named too: the admin hears, in Swedish; the official not again
            plans.changeItem(item, details(title, List.of("Ingen har den här rollen", "Systemförvaltare"), Set.of(official), version(item)),
                    clerk);
            deliver(at.plusSeconds(60));
            deliver(at.plusSeconds(120));
            List<MimeMessage> toAdmin = mailsTo("admin", title);
            assertThat(toAdmin).hasSize(1);
            assertThat(subject(toAdmin.get(0))).isEqualTo("En åtgärd har tilldelats dig: " + title);
            assertThat(mailsTo("official", title)).hasSize(1);
            assertThat(mailsTo("clerk", title)).as("the clerk who made the change").isEmpty();

            // the admin assigned by name as well: already responsible by role, so not told again
            plans.changeItem(item, details(title, List.of("Ingen har den här rollen", "Systemförvaltare"),
                    Set.of(official, fixture.accountId("admin")), version(item)), clerk);
            deliver(at.plusSeconds(180));
            assertThat(mailsTo("admin", title)).hasSize(1);
            assertThat(assignedRows(item)).isEqualTo(rows + 1);
            assertThat(jdbc.queryForObject("""
                    select count(*) from notification_delivery d join notification_outbox o on o.id = d.outbox_id
                    where o.action_item_id = ? and o.kind = ? and d.subscription_id is not null""", Long.class, item, AssignmentListener.KIND))
                    .as("never to a follower").isZero();
        } finally {
            jdbc.update("update user_account set language = 'sv' where id = ?", official);
        }
    }

    @Test
    void aFollowerReadsOfANewItemInThePlanNotThatItWasAssignedToThem() throws Exception {
        long body = fixture.bodyId("KS");
        String email = MailFixture.address("plan-follower");
        fixture.follower(body, email, "IMMEDIATE", null);
        String title = MailFixture.unique("Ny åtgärd i en offentlig plan");
        Instant at = Instant.parse("2038-03-01T09:00:00Z");
        fixture.happened(new se.sparbar.notification.Happening(Math.abs(java.util.UUID.randomUUID().getMostSignificantBits()),
                "ACTION_ITEM_CREATED", "PUBLIC", at, null, null, body, null, null, null, null, null, title, java.util.Map.of()));
        deliver(at);
        List<MimeMessage> mails = MailFixture.to(server, email);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("En ny åtgärd i handlingsplanen: " + title);
        assertThat(MailFixture.text(mails.get(0))).doesNotContain("tilldelats dig");
    }

    private long assignedRows(long item) {
        return jdbc.queryForObject("select count(*) from notification_outbox where action_item_id = ? and kind = ?", Long.class, item,
                AssignmentListener.KIND);
    }

    private long version(long item) {
        return jdbc.queryForObject("select version from action_item where id = ?", Long.class, item);
    }

    private static ItemDetails details(String title, List<String> roles, Set<Long> assignees, long version) {
        return new ItemDetails(title, "Beskrivning.", String.join(", ", roles) + ".", roles, assignees, "Under 2027.",
                LocalDate.of(2027, 6, 30), Recurrence.NONE, null, EffectKind.NONE, null, null, null, version);
    }
}
