package se.sparbar.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sparbar.IntegrationTest;

/**
 * Digest windows are Europe/Stockholm days (and Monday-to-Monday weeks): an event at 23:59:59 is in
 * one, at 00:00:00 in the next, also on the 23-hour day in March and the 25-hour day in October, and a
 * worker that runs late sends each window's events once, never an event of a window not yet over.
 * Every instant is fixed; the worker is run "at" the given times.
 */
@IntegrationTest
class DigestWindowTest extends MailTestBase {

    @Test
    void dailyDigestsAcrossTheSpringChangeMissNothingAndRepeatNothing() {
        long body = fixture.bodyId("KS");
        String email = MailFixture.address("daily-march");
        fixture.follower(body, email, "DAILY", null);
        String tag = MailFixture.unique("mars");
        // Saturday 28 March 23:59:59 CET (UTC+1) and Sunday 29 March 00:00:00 CET
        fixture.happened(body, "PUBLIC", Instant.parse("2026-03-28T22:59:59Z"), tag + " A lördag sent");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-03-28T23:00:00Z"), tag + " B söndag midnatt");
        // Sunday 29 March, 02:00 CET becomes 03:00 CEST; 23:59:59 CEST is 21:59:59 UTC, midnight is 22:00 UTC
        fixture.happened(body, "PUBLIC", Instant.parse("2026-03-29T01:30:00Z"), tag + " C efter omställningen");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-03-29T21:59:59Z"), tag + " D söndag sent");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-03-29T22:00:00Z"), tag + " E måndag midnatt");
        fanOut.run(Instant.parse("2026-03-28T20:00:00Z"), 1000);

        worker.sendDue(Instant.parse("2026-03-28T22:59:59Z"), 1000);
        assertThat(MailFixture.to(server, email)).as("Saturday's window is not over yet").isEmpty();

        worker.sendDue(Instant.parse("2026-03-28T23:00:00Z"), 1000);
        assertThat(bodies(email)).singleElement().satisfies(text -> assertThat(text).contains(tag + " A").doesNotContain(tag + " B"));

        // the 23-hour Sunday: not over at 21:59:59 UTC, over at 22:00 UTC
        worker.sendDue(Instant.parse("2026-03-29T21:59:59Z"), 1000);
        assertThat(MailFixture.to(server, email)).hasSize(1);
        worker.sendDue(Instant.parse("2026-03-29T22:00:00Z"), 1000);
        assertThat(bodies(email)).hasSize(2).element(1).satisfies(text -> assertThat(text)
                .contains(tag + " B", tag + " C", tag + " D").doesNotContain(tag + " A", tag + " E"));

        // the worker is late by two days: Monday's window goes out once, and running again sends nothing
        worker.sendDue(Instant.parse("2026-04-01T06:00:00Z"), 1000);
        worker.sendDue(Instant.parse("2026-04-01T06:05:00Z"), 1000);
        assertThat(bodies(email)).hasSize(3).element(2).satisfies(text -> assertThat(text).contains(tag + " E")
                .doesNotContain(tag + " D"));
    }

    @Test
    void dailyDigestsAcrossTheAutumnChangeKeepTheTwentyFiveHourDayTogether() {
        long body = fixture.bodyId("KF");
        String email = MailFixture.address("daily-october");
        fixture.follower(body, email, "DAILY", null);
        String tag = MailFixture.unique("oktober");
        // Sunday 25 October: 00:00 CEST is 24 Oct 22:00 UTC; 02:30 happens twice (00:30 and 01:30 UTC); midnight CET is 23:00 UTC
        fixture.happened(body, "PUBLIC", Instant.parse("2026-10-24T21:59:59Z"), tag + " A lördag sent");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-10-24T22:00:00Z"), tag + " B söndag midnatt");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-10-25T00:30:00Z"), tag + " C första 02.30");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-10-25T01:30:00Z"), tag + " D andra 02.30");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-10-25T22:59:59Z"), tag + " E söndag sent");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-10-25T23:00:00Z"), tag + " F måndag midnatt");
        fanOut.run(Instant.parse("2026-10-24T20:00:00Z"), 1000);

        worker.sendDue(Instant.parse("2026-10-24T22:00:00Z"), 1000);
        worker.sendDue(Instant.parse("2026-10-25T22:00:00Z"), 1000); // 24 hours after midnight: the day is not over
        assertThat(bodies(email)).singleElement().satisfies(text -> assertThat(text).contains(tag + " A").doesNotContain(tag + " B"));
        worker.sendDue(Instant.parse("2026-10-25T23:00:00Z"), 1000);
        worker.sendDue(Instant.parse("2026-10-26T23:00:00Z"), 1000);
        List<String> texts = bodies(email);
        assertThat(texts).hasSize(3);
        assertThat(texts.get(1)).contains(tag + " B", tag + " C", tag + " D", tag + " E").doesNotContain(tag + " F");
        assertThat(texts.get(2)).contains(tag + " F").doesNotContain(tag + " E");
    }

    @Test
    void weeklyDigestsRunMondayToMondayInStockholm() {
        long body = fixture.bodyId("SN");
        String email = MailFixture.address("weekly");
        fixture.follower(body, email, "WEEKLY", null);
        String tag = MailFixture.unique("vecka");
        // the week of Monday 23 March – Monday 30 March 2026 local, which contains the spring change
        fixture.happened(body, "PUBLIC", Instant.parse("2026-03-22T22:59:59Z"), tag + " A söndag före");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-03-22T23:00:00Z"), tag + " B måndag 23 mars");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-03-29T21:59:59Z"), tag + " C söndag 29 mars sent");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-03-29T22:00:00Z"), tag + " D måndag 30 mars");
        fanOut.run(Instant.parse("2026-03-20T00:00:00Z"), 1000);

        worker.sendDue(Instant.parse("2026-03-29T21:59:59Z"), 1000);
        assertThat(bodies(email)).singleElement().satisfies(text -> assertThat(text).contains(tag + " A").doesNotContain(tag + " B"));
        worker.sendDue(Instant.parse("2026-03-29T22:00:00Z"), 1000);
        assertThat(bodies(email)).hasSize(2).element(1).satisfies(text -> assertThat(text).contains(tag + " B", tag + " C")
                .doesNotContain(tag + " D"));
    }

    @Test
    void anEventFannedOutAfterItsWindowClosedGoesInTheNextDigestOnce() {
        long body = fixture.bodyId("TN");
        String email = MailFixture.address("late-fanout");
        fixture.follower(body, email, "DAILY", null);
        String tag = MailFixture.unique("sen");
        fixture.happened(body, "PUBLIC", Instant.parse("2026-06-10T10:00:00Z"), tag + " A");
        // the worker was down: it fans out and sends two days late; then a new event comes
        fanOut.run(Instant.parse("2026-06-12T08:00:00Z"), 1000);
        worker.sendDue(Instant.parse("2026-06-12T08:00:00Z"), 1000);
        fixture.happened(body, "PUBLIC", Instant.parse("2026-06-12T09:00:00Z"), tag + " B");
        fanOut.run(Instant.parse("2026-06-12T09:00:00Z"), 1000);
        worker.sendDue(Instant.parse("2026-06-12T09:00:00Z"), 1000);
        worker.sendDue(Instant.parse("2026-06-12T22:00:00Z"), 1000);
        List<String> texts = bodies(email);
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).contains(tag + " A").doesNotContain(tag + " B");
        assertThat(texts.get(1)).contains(tag + " B").doesNotContain(tag + " A");
    }

    private List<String> bodies(String email) {
        return MailFixture.to(server, email).stream().map(MailFixture::text).toList();
    }
}
