package se.sparbar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import se.sparbar.motion.domain.Motions;

/**
 * Every test context runs on the tests' clock, from a fixed day in the municipality's zone, and the application's
 * own services are given it: so "today" in a test is the same day in every year the suite runs.
 */
@IntegrationTest
class TestClockTest {

    @Autowired
    Clock clock;

    @Autowired
    Motions motions;

    @Test
    void theContextsClockIsTheTestsClockFromItsFixedDayInTheMunicipalitysZone() {
        assertThat(clock).isInstanceOf(TestClock.class);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(ReflectionTestUtils.getField(motions, "clock")).as("the clock the application's services use").isSameAs(clock);
        // from 09:00 on the fixed day: only a run of fifteen hours, or a test moving the clock a day, leaves that day
        assertThat(LocalDate.now(clock)).isBetween(TestClock.START.toLocalDate(), TestClock.START.toLocalDate().plusDays(1));
        assertThat(clock.instant()).isAfterOrEqualTo(TestClock.START.toInstant())
                .isBefore(TestClock.START.toInstant().plus(Duration.ofHours(15)));
    }

    @Test
    void itMovesOnAndOnlyForward() throws InterruptedException {
        var before = clock.instant();
        Thread.sleep(5);
        assertThat(clock.instant()).isAfter(before);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestClock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
