package dev.portico.portal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Slows down password guessing: after too many failed log-ins for one e-mail address or from one
 * client address within a sliding window, further attempts for it are refused until the oldest
 * counted failure leaves the window. The PSA is not asked while an attempt is refused.
 *
 * <p>In memory and per server; in a cluster each node counts on its own, which still caps guessing.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    private static final long MAX_TRACKED_KEYS = 100_000;

    @Inject
    PortalSecurity security;

    private Clock clock;
    private int accountMaxFailures;
    private int addressMaxFailures;
    private Duration window;
    private Cache<String, Failures> failures;

    LoginThrottle() {
    }

    LoginThrottle(Clock clock, int accountMaxFailures, int addressMaxFailures, Duration window) {
        configure(clock, accountMaxFailures, addressMaxFailures, window);
    }

    @PostConstruct
    void init() {
        SecuritySettings settings = security.settings();
        configure(Clock.systemUTC(), settings.accountMaxFailures(), settings.addressMaxFailures(),
                settings.throttleWindow());
    }

    private void configure(Clock clock, int accountMax, int addressMax, Duration window) {
        this.clock = clock;
        this.accountMaxFailures = accountMax;
        this.addressMaxFailures = addressMax;
        this.window = window;
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED_KEYS)
                .expireAfterWrite(window)
                .ticker(ticker)
                .build();
    }

    /** How long the caller must wait before the next attempt, or empty if it may go ahead. */
    public Optional<Duration> blockedFor(String account, String address) {
        Instant now = clock.instant();
        Duration accountWait = waitFor(accountKey(account), accountMaxFailures, now);
        Duration addressWait = waitFor(addressKey(address), addressMaxFailures, now);
        Duration wait = accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        record(accountKey(account), now);
        record(addressKey(address), now);
        if (!waitFor(addressKey(address), addressMaxFailures, now).isZero()) {
            LOG.warning(() -> "Too many failed portal log-ins from " + address + "; refusing it for "
                    + window.toMinutes() + " minutes at most");
        }
    }

    /** A successful log-in wipes the account's failures (not the address's: one office, many users). */
    public void recordSuccess(String account) {
        failures.invalidate(accountKey(account));
    }

    private void record(String key, Instant now) {
        failures.asMap().compute(key, (k, existing) -> {
            Failures updated = existing == null ? new Failures() : existing;
            updated.add(now, window);
            return updated;
        });
    }

    private Duration waitFor(String key, int max, Instant now) {
        Failures counted = failures.getIfPresent(key);
        return counted == null ? Duration.ZERO : counted.waitFor(max, now, window);
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    /** Failure times of one key inside the window, oldest first. */
    private static final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();

        synchronized void add(Instant now, Duration window) {
            prune(now, window);
            times.addLast(now);
        }

        synchronized Duration waitFor(int max, Instant now, Duration window) {
            prune(now, window);
            if (times.size() < max) {
                return Duration.ZERO;
            }
            // the attempt is allowed again once enough failures have aged out to leave max - 1
            Instant release = times.stream().skip(times.size() - max).findFirst().orElseThrow().plus(window);
            return Duration.between(now, release);
        }

        private void prune(Instant now, Duration window) {
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.removeFirst();
            }
        }
    }
}
