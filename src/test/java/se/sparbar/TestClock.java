package se.sparbar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The tests' clock: every Spring test context's {@link Clock} (a primary bean beside the application's own) starts
 * at {@link #START}, a fixed day in the municipality's zone, whatever the real date is. So no test date is computed
 * from the calendar, and a date a test writes as "2030" stays as far ahead of "today" in every year the suite runs.
 * <p>
 * From {@link #START} the clock moves on with the run (the JVM's elapsed time, not the calendar), so that events
 * recorded one after another keep their order and a wait of a minute (login throttling, a token's expiry) still ends;
 * a test that needs time to pass calls {@link #advance}. It never goes back. A run would have to last until midnight
 * (fifteen hours) to change the day.
 * <p>
 * Registered for every context by the tests' context customizer ({@link TestSmtpPorts}, in
 * {@code META-INF/spring.factories}): the same one everywhere, so contexts are cached and shared as before.
 */
public final class TestClock extends Clock {

    /** Where every test run's time begins: Wednesday 2 December 2026, 09:00 in Stockholm. */
    public static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneId.of("Europe/Stockholm"));

    private static final long STARTED_NANOS = System.nanoTime();
    private static final AtomicLong ADVANCED_NANOS = new AtomicLong();

    private final ZoneId zone;

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Moves the clock of every context forward (never back). */
    public static void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the tests' clock does not go back: " + duration);
        }
        ADVANCED_NANOS.addAndGet(duration.toNanos());
    }

    @Override
    public Instant instant() {
        return START.toInstant().plusNanos(System.nanoTime() - STARTED_NANOS + ADVANCED_NANOS.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new TestClock(other);
    }

    /** Registers the clock in a test context, as its primary {@link Clock} (from {@link TestSmtpPorts}, for every context). */
    static void registerIn(ConfigurableApplicationContext context) {
        RootBeanDefinition clock = new RootBeanDefinition(Clock.class, () -> new TestClock(
                ZoneId.of(context.getEnvironment().getProperty("sparbar.time-zone", "Europe/Stockholm"))));
        clock.setPrimary(true);
        ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", clock);
    }
}
