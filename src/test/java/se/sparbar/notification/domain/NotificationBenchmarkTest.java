package se.sparbar.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.meeting.MinutesPosted;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.notification.Outbox;

/**
 * Benchmark, not part of {@code verify}; run it with
 * {@code ./mvnw -o test -Dgroups=benchmark -DexcludedGroups= -Dtest='NotificationBenchmarkTest#tenThousandFollowers'}.
 * A decision made public on a case with 10,000 followers commits as fast as one on a case with none: the
 * deciding transaction (the record row and its one outbox row, through the real listeners) is timed in
 * alternating blocks, none / 10,000 / none / 10,000 …, in the same run, and the medians compared. Then the
 * time to queue (fan out) that one decision to its 10,000 followers, and to send the 10,000 mails to a local
 * SMTP server (GreenMail, in this JVM) with two workers. Each phase prints the load average it ran at.
 */
@IntegrationTest
// a benchmark: run on demand (README), not in ./mvnw verify
@Tag("benchmark")
class NotificationBenchmarkTest {

    private static final int FOLLOWERS = 10_000;
    private static final int BLOCKS = 6; // A B A B A B
    private static final int PER_BLOCK = 10;

    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired FanOut fanOut;
    @Autowired DeliveryWorker worker;
    @Autowired ApplicationEventPublisher events;

    @Test
    void tenThousandFollowers() throws Exception {
        long quiet = newCase("Ärende utan bevakare");
        long followed = newCase("Ärende med tiotusen bevakare");
        jdbc.update("""
                insert into notification_subscription (target_kind, target_id, email, language, frequency, confirmed_at,
                    confirm_token_hash, confirm_expires_at, unsubscribe_token, created_at)
                select 'CASE', ?, 'bench-' || g || '@follower.example', 'sv', 'IMMEDIATE', now(),
                       md5('c' || g || clock_timestamp()), now(), md5('u' || g || clock_timestamp()), now()
                from generate_series(1, ?) g""", followed, FOLLOWERS);
        jdbc.execute("analyze notification_subscription");
        // any paragraph of the demo's minutes, for the record row's references
        Map<String, Object> minutes = jdbc.queryForMap("select id, meeting_id, body_id from minutes_paragraph order by id limit 1");
        long paragraph = ((Number) minutes.get("id")).longValue();
        long meetingId = ((Number) minutes.get("meeting_id")).longValue();
        long body = ((Number) minutes.get("body_id")).longValue();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        try {
            // warm up both paths, then blocks of commits: none, 10,000, none, 10,000 … (A/B/A/B in one run)
            for (int i = 0; i < 2 * PER_BLOCK; i++) {
                decide(transaction, i % 2 == 0 ? quiet : followed, paragraph, meetingId, body);
            }
            List<Long> none = new ArrayList<>();
            List<Long> many = new ArrayList<>();
            StringBuilder blocks = new StringBuilder();
            for (int b = 0; b < BLOCKS; b++) {
                boolean withFollowers = b % 2 == 1;
                List<Long> block = new ArrayList<>();
                for (int i = 0; i < PER_BLOCK; i++) {
                    block.add(decide(transaction, withFollowers ? followed : quiet, paragraph, meetingId, body));
                }
                (withFollowers ? many : none).addAll(block);
                blocks.append(String.format(" %s %.2f", withFollowers ? "B" : "A", median(block) / 1e6));
            }
            double noneMs = median(none) / 1e6;
            double manyMs = median(many) / 1e6;
            System.out.printf("BENCHMARK load %s; decision commit, block medians (ms, A = no followers, B = %d):%s%n", load(), FOLLOWERS,
                    blocks);
            System.out.printf("BENCHMARK decision commit, median of %d each: no followers %.2f ms, %d followers %.2f ms%n",
                    none.size(), noneMs, FOLLOWERS, manyMs);
            // one outbox row either way: the 10,000 followers cost the deciding transaction nothing measurable
            assertThat(jdbc.queryForObject("select count(*) from notification_delivery d join notification_outbox o on o.id = d.outbox_id "
                    + "where o.case_id = ?", Long.class, followed)).as("no delivery row is written by the deciding transaction").isZero();
            assertThat(manyMs).isLessThan(noneMs * 2 + 2);

            // queue (fan out) one of the decisions to its 10,000 followers; the others are set aside
            long first = jdbc.queryForObject("select min(id) from notification_outbox where case_id = ? and kind = 'DECISION_PUBLISHED'",
                    Long.class, followed);
            jdbc.update("update notification_outbox set fanned_out_at = now() where fanned_out_at is null and id <> ?", first);
            Instant now = Instant.parse("2033-01-01T10:00:00Z");
            String loadBefore = load();
            long t0 = System.nanoTime();
            while (fanOut.run(now, 100) > 0) {
                // all of it
            }
            long fanOutNanos = System.nanoTime() - t0;
            long queued = jdbc.queryForObject("select count(*) from notification_delivery where outbox_id = ? and status = 'PENDING'",
                    Long.class, first);
            System.out.printf("BENCHMARK load %s -> %s; queue (fan out) of 1 decision x %d followers: %d delivery rows in %.2f s%n",
                    loadBefore, load(), FOLLOWERS, queued, fanOutNanos / 1e9);
            assertThat(queued).isEqualTo(FOLLOWERS);
            // send only this decision's mail: set aside whatever else is due
            jdbc.update("update notification_delivery set status = 'FAILED', last_error = 'set aside by the benchmark' "
                    + "where status = 'PENDING' and outbox_id <> ?", first);

            GreenMail server = MailFixture.startServer();
            try {
                loadBefore = load();
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
                System.out.printf("BENCHMARK load %s -> %s; send with two workers (batches of 100): %d mails in %.2f s (%.0f mails/s)%n",
                        loadBefore, load(), sent, sendNanos / 1e9, sent / (sendNanos / 1e9));
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
            }
        } finally {
            jdbc.update("delete from notification_subscription where email like 'bench-%@follower.example'");
        }
    }

    /** A case of its own (not a motion, so no other module reacts to its decision). */
    private long newCase(String title) {
        int sequence = 100_000 + Math.abs(java.util.UUID.randomUUID().hashCode() % 800_000);
        return jdbc.queryForObject("""
                insert into case_file (case_number, series, case_year, sequence_number, case_type, title, sender, received_on,
                                       registered_at, registered_by, owner_body_id)
                values (?, 'BM', 2033, ?, 'AUDIT_REPORT', ?, 'Revisionen', date '2033-01-02', now(),
                        (select id from user_account where username = 'clerk'), (select id from body where abbreviation = 'KS'))
                returning id""", Long.class, "BM 2033/" + sequence, sequence, title + " " + sequence);
    }

    /**
     * The notification side of a deciding transaction, through the real listeners: minutes posted with the case's
     * decision (the record writes its rows, the notification module one outbox row for each). Returns the nanoseconds
     * from the start of the transaction to its commit.
     */
    private long decide(TransactionTemplate transaction, long caseId, long paragraph, long meeting, long body) {
        LocalDate on = LocalDate.of(2033, 1, 1);
        long t = System.nanoTime();
        transaction.executeWithoutResult(status -> events.publishEvent(new MinutesPosted(meeting, body, on, on.plusWeeks(3),
                List.of(new MinutesPosted.Decision(paragraph, caseId, "KS § 1", ParagraphOutcome.APPROVED, on)))));
        return System.nanoTime() - t;
    }

    private static String load() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
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

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
