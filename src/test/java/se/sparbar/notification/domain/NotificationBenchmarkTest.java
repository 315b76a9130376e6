package se.sparbar.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import se.sparbar.IntegrationTest;
import se.sparbar.notification.Outbox;

/**
 * Benchmark, not part of {@code verify}; run it with
 * {@code ./mvnw -o test -Dgroups=benchmark -DexcludedGroups= -Dtest=NotificationBenchmarkTest}.
 * A step on a body with 10,000 followers commits as fast as one with none (the outbox gets one row
 * either way); then the time to fan out and to send the 10,000 mails to a local SMTP server (GreenMail).
 */
@IntegrationTest
// a benchmark: run on demand (README), not in ./mvnw verify
@Tag("benchmark")
class NotificationBenchmarkTest {

    private static final int FOLLOWERS = 10_000;

    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired FanOut fanOut;
    @Autowired DeliveryWorker worker;

    @Test
    void tenThousandFollowers() throws Exception {
        MailFixture fixture = new MailFixture(jdbc, outbox, transactionManager);
        long quiet = fixture.bodyId("SN");
        long followed = fixture.bodyId("KF");
        jdbc.update("""
                insert into notification_subscription (target_kind, target_id, email, language, frequency, confirmed_at,
                    confirm_token_hash, confirm_expires_at, unsubscribe_token, created_at)
                select 'BODY', ?, 'bench-' || g || '@follower.example', 'sv', 'IMMEDIATE', now(),
                       md5('c' || g || clock_timestamp()), now(), md5('u' || g || clock_timestamp()), now()
                from generate_series(1, ?) g""", followed, FOLLOWERS);
        Instant now = Instant.parse("2033-01-01T10:00:00Z");

        // warm up, then the commit time of the step, alternately with no followers and with 10,000 (medians)
        for (int i = 0; i < 10; i++) {
            fixture.happened(quiet, "PUBLIC", now, "uppvärmning");
        }
        List<Long> none = new ArrayList<>();
        List<Long> many = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            none.add(commitNanos(fixture, quiet, now, "Tyst steg " + i));
            many.add(commitNanos(fixture, followed, now, "Protokollet anslaget " + i));
        }
        double noneMs = median(none) / 1e6;
        double manyMs = median(many) / 1e6;
        System.out.printf("BENCHMARK commit of a step (median of 15): no followers %.2f ms, %d followers %.2f ms%n",
                noneMs, FOLLOWERS, manyMs);
        // the outbox row is the same either way: 10,000 followers cost the deciding transaction nothing measurable
        assertThat(manyMs).isLessThan(noneMs * 3 + 5);

        // queue (fan out) one of the steps to its 10,000 followers; the other steps are set aside
        jdbc.update("update notification_outbox set fanned_out_at = now() where body_id = ? and summary <> 'Protokollet anslaget 0'", followed);
        long t0 = System.nanoTime();
        while (fanOut.run(now, 100) > 0) {
            // all of them
        }
        long fanOutNanos = System.nanoTime() - t0;
        long queued = jdbc.queryForObject("select count(*) from notification_delivery where status = 'PENDING' and next_attempt_at <= ?",
                Long.class, MailFixture.ts(now));
        System.out.printf("BENCHMARK fan-out (queue) of 1 step x %d followers: %d delivery rows in %.2f s%n", FOLLOWERS, queued,
                fanOutNanos / 1e9);
        // send only the first step's 10,000 mails: drop the other step's rows
        long first = jdbc.queryForObject("select max(id) from notification_outbox where body_id = ? and summary = 'Protokollet anslaget 0'",
                Long.class, followed);
        jdbc.update("delete from notification_delivery where status = 'PENDING' and outbox_id <> ? and next_attempt_at <= ?",
                first, MailFixture.ts(now));

        GreenMail server = MailFixture.startServer();
        try {
            long t1 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> worker.sendDue(now, Integer.MAX_VALUE)));
            }
            int sent = 0;
            for (Future<Integer> result : results) {
                sent += result.get();
            }
            pool.shutdown();
            long sendNanos = System.nanoTime() - t1;
            System.out.printf("BENCHMARK send with two workers: %d mails in %.2f s (%.0f mails/s); GreenMail received %d%n", sent,
                    sendNanos / 1e9, sent / (sendNanos / 1e9), server.getReceivedMessages().length);
            List<String> benchRecipients = new ArrayList<>();
            for (var message : server.getReceivedMessages()) {
                for (var to : message.getAllRecipients()) {
                    if (to.toString().startsWith("bench-")) {
                        benchRecipients.add(to.toString());
                    }
                }
            }
            assertThat(benchRecipients).as("each follower once").hasSize(FOLLOWERS).doesNotHaveDuplicates();
            assertThat(jdbc.queryForObject("select count(*) from notification_delivery where outbox_id = ? and status = 'SENT'",
                    Long.class, first)).isEqualTo((long) FOLLOWERS);
        } finally {
            server.stop();
            jdbc.update("delete from notification_subscription where email like 'bench-%@follower.example'");
        }
    }

    /**
     * The same 1,000 mails sent twice at the same load: one SMTP connection (and one claim) per mail, as
     * before batches, and batches of 100 over one connection.
     */
    @Test
    void connectionPerMailAgainstOneConnectionPerBatch(@Autowired MailComposer composer) throws Exception {
        MailFixture fixture = new MailFixture(jdbc, outbox, transactionManager);
        long body = fixture.bodyId("FFN");
        int n = 1000;
        jdbc.update("""
                insert into notification_subscription (target_kind, target_id, email, language, frequency, confirmed_at,
                    confirm_token_hash, confirm_expires_at, unsubscribe_token, created_at)
                select 'BODY', ?, 'batch-' || g || '@follower.example', 'sv', 'IMMEDIATE', now(),
                       md5('c' || g || clock_timestamp()), now(), md5('u' || g || clock_timestamp()), now()
                from generate_series(1, ?) g""", body, n);
        // only this benchmark's mail: what the demo data put in the outbox is set aside
        jdbc.update("update notification_outbox set fanned_out_at = now() where fanned_out_at is null");
        jdbc.update("delete from notification_delivery where status = 'PENDING'");
        GreenMail server = MailFixture.startServer();
        try {
            for (int batch : new int[] {1, 100, 1, 100}) {
                Instant now = Instant.parse("2034-01-01T10:00:00Z").plusSeconds(batch * 3600L + server.getReceivedMessages().length);
                fixture.happened(body, "PUBLIC", now, "Satsstorlek " + batch);
                while (fanOut.run(now, 100) > 0) {
                    // all
                }
                DeliveryWorker sender = new DeliveryWorker(jdbc, transactionManager, composer, 10, batch, java.time.Duration.ofMinutes(5));
                int before = server.getReceivedMessages().length;
                long t = System.nanoTime();
                int sent = sender.sendDue(now, Integer.MAX_VALUE);
                double seconds = (System.nanoTime() - t) / 1e9;
                System.out.printf("BENCHMARK batch size %d: %d mails in %.2f s (%.0f mails/s)%n", batch, sent, seconds, sent / seconds);
                assertThat(server.getReceivedMessages().length - before).isEqualTo(n);
            }
        } finally {
            server.stop();
            jdbc.update("delete from notification_subscription where email like 'batch-%@follower.example'");
        }
    }

    private static long commitNanos(MailFixture fixture, long body, Instant now, String summary) {
        long t = System.nanoTime();
        fixture.happened(body, "PUBLIC", now, summary);
        return System.nanoTime() - t;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
