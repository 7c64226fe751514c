package dev.portico.sandbox.faults;

import dev.portico.sandbox.store.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The run-time fault knobs of the sandbox API: both faces, ConnectWise ({@code apis/3.0}) and Autotask
 * ({@code atservicesrest}), share them (the admin API never sees them). Every API call asks {@link #decide()} first:
 * <ol>
 * <li>{@code latencyMs}: the call is delayed this long, whatever happens next;</li>
 * <li>{@code down}: the call answers 503;</li>
 * <li>{@code rateLimitRemaining}: while above 0, the call answers 429 with {@code Retry-After: retryAfterSeconds}
 * and the counter goes down by one;</li>
 * <li>{@code errorRate}: a deterministic share of calls answers 500. Counting calls from when the rate was set
 * (n = 1, 2, ...), call n fails when ceil(n * rate) &gt; ceil((n - 1) * rate): the first call fails, then
 * 0.5 fails calls 1, 3, 5, ..., 0.25 fails calls 1, 5, 9, ..., and 1 fails all.</li>
 * </ol>
 */
@ApplicationScoped
public class FaultKnobs {

    public enum Outcome { PASS, DOWN, RATE_LIMITED, ERROR }

    public record Decision(long latencyMs, Outcome outcome, int retryAfterSeconds) {
    }

    static final Set<String> KNOBS = Set.of("latencyMs", "errorRate", "rateLimitRemaining", "retryAfterSeconds", "down");
    private static final long PPM = 1_000_000L;

    private long latencyMs;
    private long errorRatePpm;
    private int rateLimitRemaining;
    private int retryAfterSeconds = 1;
    private boolean down;
    private long callsSinceErrorRate;

    public synchronized Decision decide() {
        if (down) {
            return new Decision(latencyMs, Outcome.DOWN, 0);
        }
        if (rateLimitRemaining > 0) {
            rateLimitRemaining--;
            return new Decision(latencyMs, Outcome.RATE_LIMITED, retryAfterSeconds);
        }
        if (errorRatePpm > 0) {
            long n = ++callsSinceErrorRate;
            if (ceilDiv(n * errorRatePpm) > ceilDiv((n - 1) * errorRatePpm)) {
                return new Decision(latencyMs, Outcome.ERROR, 0);
            }
        }
        return new Decision(latencyMs, Outcome.PASS, 0);
    }

    private static long ceilDiv(long value) {
        return (value + PPM - 1) / PPM;
    }

    /**
     * Applies the knobs present in {@code changes}; the others keep their values. Throws
     * {@link IllegalArgumentException} naming the first bad knob, and then changes nothing.
     */
    public synchronized JsonObject update(JsonObject changes) {
        for (String key : changes.keySet()) {
            if (!KNOBS.contains(key)) {
                throw new IllegalArgumentException("unknown knob '" + key + "'; known knobs are " + KNOBS);
            }
        }
        long newLatency = changes.containsKey("latencyMs") ? wholeNumber(changes, "latencyMs", 0, 600_000) : latencyMs;
        long newRate = errorRatePpm;
        if (changes.containsKey("errorRate")) {
            BigDecimal rate = number(changes, "errorRate");
            if (rate.compareTo(BigDecimal.ZERO) < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("errorRate must be between 0 and 1");
            }
            newRate = rate.multiply(BigDecimal.valueOf(PPM)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        int newRemaining = changes.containsKey("rateLimitRemaining")
                ? (int) wholeNumber(changes, "rateLimitRemaining", 0, 1_000_000) : rateLimitRemaining;
        int newRetryAfter = changes.containsKey("retryAfterSeconds")
                ? (int) wholeNumber(changes, "retryAfterSeconds", 0, 3600) : retryAfterSeconds;
        boolean newDown = down;
        if (changes.containsKey("down")) {
            JsonValue v = changes.get("down");
            if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
                throw new IllegalArgumentException("down must be true or false");
            }
            newDown = v.getValueType() == JsonValue.ValueType.TRUE;
        }
        latencyMs = newLatency;
        if (changes.containsKey("errorRate")) {
            errorRatePpm = newRate;
            callsSinceErrorRate = 0;
        }
        rateLimitRemaining = newRemaining;
        retryAfterSeconds = newRetryAfter;
        down = newDown;
        return toJson();
    }

    public synchronized JsonObject reset() {
        latencyMs = 0;
        errorRatePpm = 0;
        rateLimitRemaining = 0;
        retryAfterSeconds = 1;
        down = false;
        callsSinceErrorRate = 0;
        return toJson();
    }

    public synchronized JsonObject toJson() {
        return Jsons.obj()
                .add("latencyMs", latencyMs)
                .add("errorRate", BigDecimal.valueOf(errorRatePpm, 6).stripTrailingZeros())
                .add("rateLimitRemaining", rateLimitRemaining)
                .add("retryAfterSeconds", retryAfterSeconds)
                .add("down", down)
                .build();
    }

    private static BigDecimal number(JsonObject changes, String key) {
        if (!(changes.get(key) instanceof JsonNumber n)) {
            throw new IllegalArgumentException(key + " must be a number");
        }
        return n.bigDecimalValue();
    }

    private static long wholeNumber(JsonObject changes, String key, long min, long max) {
        BigDecimal value = number(changes, key);
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException(key + " must be a whole number from " + min + " to " + max);
        }
        return value.longValueExact();
    }
}
