package id.regsosek.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Growing delays, a self-releasing lock, per account and per source: on a clock the test moves. */
class LoginThrottleTest {

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2022-10-15T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }
    }

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, new LoginThrottle.Limits(3, 10,
            Duration.ofSeconds(60)), new LoginThrottle.Limits(20, 100, Duration.ofSeconds(60)), Duration.ofMinutes(15));

    private void fail(String account, String source, int times) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                clock.pass(Duration.ofSeconds(61)); // slower than any delay: only the count matters here
            }
            assertThat(throttle.check(account, source)).as("try %d heard", i + 1).isNull();
            throttle.failed(account, source);
        }
    }

    @Test
    void aFewMistakesAreFreeThenEachTryWaitsLonger() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.check("ppl1", "10.0.0.1")).isNull();
            throttle.failed("ppl1", "10.0.0.1");
        }
        LoginThrottle.Wait wait = throttle.check("ppl1", "10.0.0.1");
        assertThat(wait).isNotNull();
        assertThat(wait.locked()).isFalse();
        assertThat(wait.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        clock.pass(Duration.ofSeconds(1));
        assertThat(throttle.check("ppl1", "10.0.0.1")).isNull();
        throttle.failed("ppl1", "10.0.0.1");
        assertThat(throttle.check("ppl1", "10.0.0.1").retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.check("PPL1 ", "10.0.0.9")).as("the account, however written, from anywhere")
                .isNotNull();
        assertThat(throttle.check("pml1", "10.0.0.1")).as("another account from the same place").isNull();
    }

    @Test
    void manyMistakesLockTheAccountForTheCoolDownThenItIsReleasedByItself() {
        fail("admin", "10.0.0.2", 10);
        LoginThrottle.Wait locked = throttle.check("admin", "10.0.0.3");
        assertThat(locked.locked()).isTrue();
        assertThat(locked.retryAfter()).isLessThanOrEqualTo(Duration.ofMinutes(15));
        clock.pass(Duration.ofMinutes(14));
        assertThat(throttle.check("admin", "10.0.0.3")).as("still locked").isNotNull();
        clock.pass(Duration.ofMinutes(2));
        assertThat(throttle.check("admin", "10.0.0.3")).as("released after the cool-down").isNull();
        throttle.failed("admin", "10.0.0.3");
        assertThat(throttle.check("admin", "10.0.0.3")).as("counting starts again").isNull();
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        fail("koseka1", "10.0.0.4", 3);
        throttle.succeeded("koseka1");
        assertThat(throttle.check("koseka1", "10.0.0.4")).isNull();
    }

    @Test
    void oneSourceTryingManyAccountsIsSlowedAndLocked() {
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.check("user" + i, "203.0.113.7")).as("try %d", i).isNull();
            throttle.failed("user" + i, "203.0.113.7");
            clock.pass(Duration.ofMinutes(1));
        }
        LoginThrottle.Wait wait = throttle.check("somebody", "203.0.113.7");
        assertThat(wait.locked()).isTrue();
        assertThat(wait.what()).contains("203.0.113.7");
        assertThat(throttle.check("somebody", "198.51.100.1")).as("the account itself is free elsewhere").isNull();
    }
}
