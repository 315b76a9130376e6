package se.sparbar.notification.domain;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The worker's schedule: fan out and send every few seconds, check reminders every hour. Off in
 * tests ({@code sparbar.notification.worker.enabled=false}), which drive the worker themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "sparbar.notification.worker.enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final FanOut fanOut;
    private final DeliveryWorker worker;
    private final Reminders reminders;
    private final Clock clock;

    NotificationJobs(FanOut fanOut, DeliveryWorker worker, Reminders reminders, Clock clock) {
        this.fanOut = fanOut;
        this.worker = worker;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${sparbar.notification.worker.initial-delay:10s}", fixedDelayString = "${sparbar.notification.worker.delay:5s}")
    void deliver() {
        try {
            while (fanOut.run(Instant.now(clock), 100) > 0) {
                // keep going until the outbox is fanned out
            }
            worker.sendDue(Instant.now(clock), 1000);
        } catch (RuntimeException e) {
            log.warn("Notification worker run failed; the next run retries: {}", e.toString());
        }
    }

    @Scheduled(initialDelayString = "${sparbar.notification.worker.initial-delay:10s}", fixedDelayString = "${sparbar.notification.reminders.delay:1h}")
    void remind() {
        try {
            reminders.run(Instant.now(clock));
        } catch (RuntimeException e) {
            log.warn("Reminder check failed; the next run retries: {}", e.toString());
        }
    }
}
