package se.sparbar.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import se.sparbar.IntegrationTest;
import se.sparbar.notification.Outbox;
import se.sparbar.shared.MunicipalityName;

/**
 * Exactly once per (recipient, event), through a real SMTP server: two workers at once, a worker that
 * dies mid-batch, an SMTP server that is down for a while.
 */
@IntegrationTest
class ExactlyOnceDeliveryTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired FanOut fanOut;
    @Autowired DeliveryWorker worker;
    @Autowired JavaMailSender mailSender;
    @Autowired MessageSource messages;
    @Autowired MunicipalityName municipality;

    GreenMail server;
    MailFixture fixture;
    /** Far in the future, so that nothing another test left pending is due before this test's rows. */
    Instant now = Instant.parse("2031-01-01T10:00:00Z");

    @BeforeEach
    void start() {
        server = MailFixture.startServer();
        fixture = new MailFixture(jdbc, outbox, transactionManager);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void twoWorkersFanOutAndSendEachMailOnce() throws Exception {
        long body = fixture.bodyId("TN");
        List<String> followers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String email = MailFixture.address("two-workers");
            followers.add(email);
            fixture.follower(body, email, "IMMEDIATE", null);
        }
        String summary = MailFixture.unique("Protokoll anslaget");
        fixture.happened(body, "PUBLIC", now.minusSeconds(60), summary);
        fixture.happened(body, "PUBLIC", now.minusSeconds(30), summary + " igen");

        runTwice(() -> {
            int n = 0;
            while (fanOut.run(now, 1) > 0) {
                n++;
            }
            return n;
        });
        runTwice(() -> worker.sendDue(now, 1000));

        for (String email : followers) {
            List<MimeMessage> mails = MailFixture.to(server, email);
            assertThat(mails).as(email).hasSize(2);
            assertThat(mails).extracting(MimeMessage::getSubject).anyMatch(s -> s.contains(summary));
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from notification_delivery d join notification_subscription s on s.id = d.subscription_id
                where s.email like 'two-workers-%' and d.status = 'SENT'""", Long.class)).isEqualTo(24L);
    }

    @Test
    void aWorkerThatDiesMidBatchLeavesTheRestToTheNextOneAndNothingIsSentTwice() {
        long body = fixture.bodyId("LFN");
        List<String> followers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = MailFixture.address("crash");
            followers.add(email);
            fixture.follower(body, email, "IMMEDIATE", null);
        }
        fixture.happened(body, "PUBLIC", now.minusSeconds(10), MailFixture.unique("Krasch"));
        fanOut.run(now, 100);

        // a worker whose process "dies" (an error that is no mail error) as it is about to send its third mail of the batch
        AtomicInteger sends = new AtomicInteger();
        MailComposer dying = new MailComposer(mailSender, messages, municipality, "http://localhost:8080", "noreply@sparbar.invalid",
                "Europe/Stockholm") {
            @Override
            public Connection connect() throws jakarta.mail.MessagingException {
                Connection real = super.connect();
                return new Connection() {
                    public void send(MimeMessage message) throws jakarta.mail.MessagingException {
                        if (sends.incrementAndGet() == 3) {
                            throw new IllegalStateException("the process died");
                        }
                        real.send(message);
                    }

                    public boolean isConnected() {
                        return real.isConnected();
                    }

                    public void close() {
                        real.close();
                    }
                };
            }
        };
        DeliveryWorker doomed = new DeliveryWorker(jdbc, transactionManager, dying, 10, 100, Duration.ofMinutes(5));
        assertThatThrownBy(() -> doomed.sendDue(now, 1000)).hasMessageContaining("the process died");
        assertThat(followers.stream().filter(e -> !MailFixture.to(server, e).isEmpty()).count())
                .as("the two mails the server accepted before the crash").isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification_delivery d join notification_subscription s on s.id = d.subscription_id
                where s.email like 'crash-%' and d.status = 'SENT'""", Long.class)).as("and they are marked sent").isEqualTo(2L);

        // the dead worker's claim holds until its lease ends; then another worker sends the rest, each once
        assertThat(worker.sendDue(now.plus(Duration.ofMinutes(4)), 1000)).isZero();
        worker.sendDue(now.plus(Duration.ofMinutes(5)), 1000);
        for (String email : followers) {
            assertThat(MailFixture.to(server, email)).as(email).hasSize(1);
        }
        assertThat(worker.sendDue(now.plus(Duration.ofMinutes(30)), 1000)).isZero();
    }

    @Test
    void oneConnectionCarriesABatchAndTwoWorkersStillSendEachMailOnce() throws Exception {
        long body = fixture.bodyId("KS");
        List<String> followers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String email = MailFixture.address("batch");
            followers.add(email);
            fixture.follower(body, email, "IMMEDIATE", null);
        }
        String summary = MailFixture.unique("Satsvis");
        fixture.happened(body, "PUBLIC", now.minusSeconds(5), summary);
        fanOut.run(now, 100);
        AtomicInteger connections = new AtomicInteger();
        MailComposer counting = new MailComposer(mailSender, messages, municipality, "http://localhost:8080", "noreply@sparbar.invalid",
                "Europe/Stockholm") {
            @Override
            public Connection connect() throws jakarta.mail.MessagingException {
                connections.incrementAndGet();
                return super.connect();
            }
        };
        DeliveryWorker a = new DeliveryWorker(jdbc, transactionManager, counting, 10, 10, Duration.ofMinutes(5));
        DeliveryWorker b = new DeliveryWorker(jdbc, transactionManager, counting, 10, 10, Duration.ofMinutes(5));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<Integer> first = pool.submit(() -> {
            go.await();
            return a.sendDue(now, 1000);
        });
        Future<Integer> second = pool.submit(() -> {
            go.await();
            return b.sendDue(now, 1000);
        });
        go.countDown();
        int tried = first.get() + second.get();
        pool.shutdown();
        for (String email : followers) {
            // (earlier tests' events at the body may reach these new followers too)
            assertThat(MailFixture.to(server, email).stream().filter(m -> MailFixture.text(m).contains(summary))).as(email).hasSize(1);
        }
        assertThat(tried).isGreaterThanOrEqualTo(40);
        // one connection per batch of ten (each worker's last batch may be short), not one per mail
        assertThat(connections.get()).as("connections for " + tried + " mails").isBetween(4, tried / 10 + 2);
    }

    @Test
    void whileTheSmtpServerIsDownMailWaitsWithBackoffAndIsDeliveredOnceWhenItReturns() {
        long body = fixture.bodyId("FFN");
        List<String> followers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = MailFixture.address("smtp-down");
            followers.add(email);
            fixture.follower(body, email, "IMMEDIATE", null);
        }
        String summary = MailFixture.unique("Servern nere");
        fixture.happened(body, "PUBLIC", now.minusSeconds(10), summary);
        fanOut.run(now, 100);

        server.stop();
        worker.sendDue(now, 1000);
        assertThat(jdbc.queryForList("""
                select d.attempts, d.status, d.last_error, d.next_attempt_at from notification_delivery d
                join notification_subscription s on s.id = d.subscription_id where s.email like 'smtp-down-%'""")).hasSize(3)
                .allSatisfy(row -> {
                    assertThat(row.get("attempts")).isEqualTo(1);
                    assertThat(row.get("status")).isEqualTo("PENDING");
                    assertThat((String) row.get("last_error")).isNotBlank();
                    assertThat(((java.sql.Timestamp) row.get("next_attempt_at")).toInstant()).isEqualTo(now.plusSeconds(30));
                });
        // still down half a minute later: the second attempt waits a minute
        worker.sendDue(now.plusSeconds(30), 1000);
        assertThat(jdbc.queryForList("""
                select d.attempts from notification_delivery d join notification_subscription s on s.id = d.subscription_id
                where s.email like 'smtp-down-%' and d.next_attempt_at = ?""", Integer.class, MailFixture.ts(now.plusSeconds(90))))
                .containsOnly(2).hasSize(3);
        // not yet due: nothing is tried
        assertThat(worker.sendDue(now.plusSeconds(60), 1000)).isZero();

        server = MailFixture.startServer();
        worker.sendDue(now.plusSeconds(90), 1000);
        worker.sendDue(now.plusSeconds(600), 1000);
        for (String email : followers) {
            List<MimeMessage> mails = MailFixture.to(server, email);
            assertThat(mails).as(email).hasSize(1);
            assertThat(MailFixture.text(mails.get(0))).contains(summary);
        }
    }

    @Test
    void afterTheLastAttemptTheMailIsFailedWithItsReasonAndTheAdminCanResendIt() {
        long body = fixture.bodyId("SN");
        String email = MailFixture.address("give-up");
        fixture.follower(body, email, "IMMEDIATE", null);
        fixture.happened(body, "PUBLIC", now.minusSeconds(10), MailFixture.unique("Ger upp"));
        fanOut.run(now, 100);
        server.stop();
        Instant t = now;
        for (int attempt = 0; attempt < 10; attempt++) {
            worker.sendDue(t, 1000);
            t = t.plus(java.time.Duration.ofHours(2));
        }
        var row = jdbc.queryForMap("""
                select d.id, d.status, d.attempts, d.last_error from notification_delivery d
                join notification_subscription s on s.id = d.subscription_id where s.email = ?""", email);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(10);
        assertThat((String) row.get("last_error")).isNotBlank();

        server = MailFixture.startServer();
        assertThat(worker.sendDue(t, 1000)).as("a failed mail is not retried by itself").isZero();
        jdbc.update("update notification_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ? where id = ?",
                MailFixture.ts(t), row.get("id"));
        worker.sendDue(t, 1000);
        assertThat(MailFixture.to(server, email)).hasSize(1);
    }

    private void runTwice(Callable<Integer> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return job.call();
            }));
        }
        go.countDown();
        for (Future<Integer> result : results) {
            result.get();
        }
        pool.shutdown();
    }
}
