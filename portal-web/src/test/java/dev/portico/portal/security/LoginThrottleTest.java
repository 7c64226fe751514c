package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 5, WINDOW);

    @Test
    void fiveFailuresForOneAccountBlockItUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.blockedFor("ava@contoso.example", "10.0.0." + i).isEmpty(), "attempt " + (i + 1));
            throttle.recordFailure("ava@contoso.example", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }

        Optional<Duration> blocked = throttle.blockedFor("AVA@contoso.example ", "10.0.0.99");

        assertEquals(Optional.of(Duration.ofMinutes(10)), blocked, "first failure at 0 min, now 5 min, window 15 min");
        clock.advance(Duration.ofMinutes(10));
        assertTrue(throttle.blockedFor("ava@contoso.example", "10.0.0.99").isEmpty());
    }

    @Test
    void fiveFailuresFromOneAddressBlockEveryAccountFromThere() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i + "@contoso.example", "192.0.2.7");
        }

        assertTrue(throttle.blockedFor("someone.else@contoso.example", "192.0.2.7").isPresent());
        assertTrue(throttle.blockedFor("someone.else@contoso.example", "192.0.2.8").isEmpty());
    }

    @Test
    void fourFailuresDoNotBlockAndSuccessClearsTheAccount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("sam@contoso.example", "10.1.1." + i);
        }
        assertTrue(throttle.blockedFor("sam@contoso.example", "10.1.1.50").isEmpty());

        throttle.recordSuccess("sam@contoso.example");
        throttle.recordFailure("sam@contoso.example", "10.1.1.51");

        assertTrue(throttle.blockedFor("sam@contoso.example", "10.1.1.52").isEmpty());
    }

    @Test
    void theWindowSlides() {
        throttle.recordFailure("olly@contoso.example", "a");
        clock.advance(Duration.ofMinutes(14));
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("olly@contoso.example", "b" + i);
        }
        assertTrue(throttle.blockedFor("olly@contoso.example", "c").isPresent());

        clock.advance(Duration.ofMinutes(1));

        assertTrue(throttle.blockedFor("olly@contoso.example", "c").isEmpty(), "the oldest failure has aged out");
    }

    @Test
    void theAddressLimitCanBeHigherThanTheAccountLimit() {
        LoginThrottle office = new LoginThrottle(clock, 5, 20, WINDOW);
        for (int i = 0; i < 19; i++) {
            office.recordFailure("user" + i + "@contoso.example", "203.0.113.1");
        }
        assertTrue(office.blockedFor("new@contoso.example", "203.0.113.1").isEmpty());

        office.recordFailure("user19@contoso.example", "203.0.113.1");

        assertTrue(office.blockedFor("new@contoso.example", "203.0.113.1").isPresent());
    }

    @Test
    void waitingTimeIsRoundedUpToWholeMinutesForTheMessage() {
        LoginFailure failure = new LoginFailure(LoginFailure.Reason.THROTTLED, Duration.ofSeconds(61));
        LoginFailure almostDone = new LoginFailure(LoginFailure.Reason.THROTTLED, Duration.ofSeconds(5));

        assertEquals(2, failure.retryAfterMinutes());
        assertEquals(1, almostDone.retryAfterMinutes());
    }

    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
