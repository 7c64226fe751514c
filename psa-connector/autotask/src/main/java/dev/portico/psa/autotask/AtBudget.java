package dev.portico.psa.autotask;

import dev.portico.psa.PsaBudgetExhaustedException;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Autotask's call budget (10,000 calls an hour per tenant, shared by every integration of the MSP). Reads
 * {@code ThresholdInformation} at most every poll interval (it is a call itself), logs a warning when usage
 * crosses the warn and the critical percentage, and above the critical one refuses calls marked non-essential
 * (charts, statistics) with {@link PsaBudgetExhaustedException}, before anything is sent.
 */
public final class AtBudget {

    private static final Logger LOG = Logger.getLogger(AtBudget.class.getName());

    /** How close the tenant is to its hourly limit. */
    public enum Level {
        NORMAL,
        WARNING,
        CRITICAL
    }

    private final Duration pollInterval;
    private final int warnPercent;
    private final int criticalPercent;
    private final Clock clock;
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile Instant lastPoll = Instant.EPOCH;
    private volatile int percent;
    private volatile Level level = Level.NORMAL;

    public AtBudget(Duration pollInterval, int warnPercent, int criticalPercent, Clock clock) {
        this.pollInterval = pollInterval;
        this.warnPercent = warnPercent;
        this.criticalPercent = criticalPercent;
        this.clock = clock;
    }

    /**
     * Reads the threshold through {@code threshold} when the last reading is older than the poll interval; one
     * caller polls, the others go on with the last reading. A failed poll keeps the last reading.
     */
    public void refreshIfDue(Supplier<JsonObject> threshold) {
        Instant now = clock.instant();
        if (Duration.between(lastPoll, now).compareTo(pollInterval) < 0 || !polling.compareAndSet(false, true)) {
            return;
        }
        try {
            lastPoll = now;
            update(threshold.get());
        } catch (RuntimeException failed) {
            LOG.log(java.util.logging.Level.FINE, "Reading Autotask's ThresholdInformation failed", failed);
        } finally {
            polling.set(false);
        }
    }

    /** Takes one {@code ThresholdStatusResultModel} and logs when the level rises. */
    public void update(JsonObject threshold) {
        long limit = threshold.getJsonNumber("externalRequestThreshold") == null ? 0
                : threshold.getJsonNumber("externalRequestThreshold").longValue();
        long used = threshold.getJsonNumber("currentTimeframeRequestCount") == null ? 0
                : threshold.getJsonNumber("currentTimeframeRequestCount").longValue();
        int usage = limit <= 0 ? 0 : (int) Math.min(100, used * 100 / limit);
        Level next = usage >= criticalPercent ? Level.CRITICAL : usage >= warnPercent ? Level.WARNING : Level.NORMAL;
        Level previous = level;
        percent = usage;
        level = next;
        if (next.compareTo(previous) > 0) {
            LOG.log(java.util.logging.Level.WARNING, "Autotask API budget at {0} % ({1} of {2} calls this hour){3}",
                    new Object[] {usage, used, limit, next == Level.CRITICAL
                            ? "; charts and statistics are paused until usage falls" : ""});
        } else if (next.compareTo(previous) < 0) {
            LOG.log(java.util.logging.Level.INFO, "Autotask API budget back at {0} %", usage);
        }
    }

    /** Refuses a non-essential call while usage is critical. */
    public void admit(boolean essential) {
        if (!essential && level == Level.CRITICAL) {
            throw new PsaBudgetExhaustedException(percent);
        }
    }

    public Level level() {
        return level;
    }

    /** Usage of the hourly budget at the last reading, 0..100. */
    public int percent() {
        return percent;
    }
}
