package se.sparbar.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.motion.domain.MotionImport;
import se.sparbar.motion.domain.Motions;
import se.sparbar.registry.CaseSummary;
import se.sparbar.shared.RefusedException;

/** Case numbers are unique and gapless even when clerks register at the same instant (real PostgreSQL). */
@IntegrationTest
class ConcurrentRegistrationTest {

    @Autowired
    java.time.Clock clock;

    private static final int MOTIONS = 200;
    private static final int CLERKS = 8; // fewer than the pool's 10 connections: the test is about numbering, not pool waits

    @Autowired
    Motions motions;

    @Autowired
    MotionImport imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void hundredsOfConcurrentRegistrationsGetConsecutiveUniqueNumbers() throws Exception {
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < MOTIONS; i++) {
            submitted.add(submittedMotion("Samtidig motion " + i));
        }
        long clerk = account("clerk");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
        try {
            List<Future<CaseSummary>> results = new ArrayList<>();
            for (long motion : submitted) {
                Callable<CaseSummary> registration = () -> {
                    start.await();
                    return motions.register(motion, clerk, new Registration(LocalDate.now(clock), "Frida Sigfrids", null));
                };
                results.add(pool.submit(registration));
            }
            start.countDown();
            List<Long> caseIds = new ArrayList<>();
            for (Future<CaseSummary> result : results) {
                caseIds.add(result.get(60, TimeUnit.SECONDS).id());
            }

            List<Integer> sequence = jdbc.queryForList("select sequence_number from case_file where id in ("
                    + String.join(",", caseIds.stream().map(String::valueOf).toList()) + ") order by sequence_number", Integer.class);
            assertThat(sequence).hasSize(MOTIONS).doesNotHaveDuplicates();
            assertThat(sequence.get(MOTIONS - 1) - sequence.get(0)).as("no gaps").isEqualTo(MOTIONS - 1);
            assertThat(jdbc.queryForObject("select count(distinct case_number) from case_file where id in ("
                    + String.join(",", caseIds.stream().map(String::valueOf).toList()) + ")", Integer.class)).isEqualTo(MOTIONS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoClerksRegisteringTheSameMotionGetOneNumberAndOneRefusal() throws Exception {
        long motion = submittedMotion("Registreras två gånger");
        long clerk = account("clerk");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> attempts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        return motions.register(motion, clerk, new Registration(LocalDate.now(clock), "Frida Sigfrids", null));
                    } catch (RefusedException refused) {
                        return refused.messageKey();
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> attempt : attempts) {
                outcomes.add(attempt.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(CaseSummary.class::isInstance).hasSize(1);
            assertThat(outcomes).contains("motion.refused.alreadyRegistered");
            assertThat(jdbc.queryForObject("select count(*) from case_file where title = 'Registreras två gånger'", Integer.class)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRegistrationThatRollsBackGivesItsNumberBack() {
        long first = submittedMotion("Rullas tillbaka");
        long second = submittedMotion("Får nästa nummer");
        long clerk = account("clerk");
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
        transaction.executeWithoutResult(status -> {
            CaseSummary registered = motions.register(first, clerk, new Registration(LocalDate.now(clock), "Frida Sigfrids", null));
            taken.add(sequenceOf(registered.id()));
            status.setRollbackOnly();
        });
        CaseSummary kept = motions.register(second, clerk, new Registration(LocalDate.now(clock), "Frida Sigfrids", null));
        assertThat(sequenceOf(kept.id())).isEqualTo(taken.get(0));
        assertThat(jdbc.queryForObject("select status from motion where id = ?", String.class, first)).isEqualTo("SUBMITTED");
    }

    private long submittedMotion(String title) {
        long frida = jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class);
        long motion = imports.draft(account("councillor"), frida, new MotionDraft(title, "Text.", List.of("att något görs"),
                jdbc.queryForObject("select id from body where abbreviation = 'KF'", Long.class), Set.of(),
                new MotionDraft.Contact("Frida", "Sigfrids", null, null)), clock.instant());
        imports.submit(motion, clock.instant());
        return motion;
    }

    private int sequenceOf(long caseId) {
        return jdbc.queryForObject("select sequence_number from case_file where id = ?", Integer.class, caseId);
    }

    private long account(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
