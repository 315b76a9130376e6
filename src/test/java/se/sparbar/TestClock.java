package se.sparbar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

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
 * Registered for every context in {@code META-INF/spring.factories}; the same one customizer everywhere, so contexts
 * are cached and shared as before.
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

    /** The tests' clock in the municipality's zone (Stockholm), for tests that run without a Spring context. */
    public static TestClock inStockholm() {
        return new TestClock(START.getZone());
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

    public LocalDate today() {
        return LocalDate.now(this);
    }

    public LocalDateTime localNow() {
        return LocalDateTime.now(this);
    }

    /** Registers the clock in every test context, as the primary {@link Clock}. */
    public static final class InEveryContext implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    /** Equal to every other one, so contexts are still cached and shared as before. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            RootBeanDefinition clock = new RootBeanDefinition(Clock.class, () -> new TestClock(
                    ZoneId.of(context.getEnvironment().getProperty("sparbar.time-zone", "Europe/Stockholm"))));
            clock.setPrimary(true);
            ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", clock);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
