package dev.portico.psa.autotask;

import dev.portico.psa.PsaUnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Autotask's thread limit as a bulkhead: at most {@code permits} calls in flight per entity endpoint (Tickets,
 * TicketNotes...) from this node. Autotask allows 3 per endpoint and integration and raises a "Thread Threshold
 * Exceeded" alert to the MSP above that, so the permits are never more than 3 (default 2). A call that cannot get
 * a permit within the wait is refused as unavailable rather than queued forever.
 */
public final class AtBulkhead {

    private final int permits;
    private final Duration maxWait;
    private final Map<String, Semaphore> endpoints = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> peaks = new ConcurrentHashMap<>();

    public AtBulkhead(int permits, Duration maxWait) {
        if (permits < 1 || permits > AutotaskSettings.MAX_CONCURRENCY) {
            throw new IllegalArgumentException("permits must be within 1.." + AutotaskSettings.MAX_CONCURRENCY);
        }
        this.permits = permits;
        this.maxWait = maxWait;
    }

    public int permits() {
        return permits;
    }

    /** Runs {@code call} holding one of the endpoint's permits. */
    public <T> T run(String endpoint, Supplier<T> call) {
        Semaphore semaphore = endpoints.computeIfAbsent(endpoint, e -> new Semaphore(permits, true));
        boolean acquired;
        try {
            acquired = semaphore.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PsaUnavailableException("Interrupted while waiting for a PSA call slot", interrupted);
        }
        if (!acquired) {
            throw new PsaUnavailableException("Too many calls to " + endpoint + " in flight", null);
        }
        AtomicInteger current = inFlight.computeIfAbsent(endpoint, e -> new AtomicInteger());
        int now = current.incrementAndGet();
        peaks.computeIfAbsent(endpoint, e -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        try {
            return call.get();
        } finally {
            current.decrementAndGet();
            semaphore.release();
        }
    }

    /** The most calls ever in flight at once to {@code endpoint} (for tests and the health page). */
    public int peak(String endpoint) {
        AtomicInteger peak = peaks.get(endpoint);
        return peak == null ? 0 : peak.get();
    }
}
