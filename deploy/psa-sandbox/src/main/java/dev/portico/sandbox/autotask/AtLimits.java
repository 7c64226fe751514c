package dev.portico.sandbox.autotask;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Autotask's two request limits: the requests of the last rolling hour (reported by {@code ThresholdInformation},
 * refused over the threshold) and the concurrent calls per object endpoint per API integration code.
 */
@ApplicationScoped
public class AtLimits {

    static final long HOUR_MS = 60L * 60 * 1000;

    private final Deque<Long> requests = new ArrayDeque<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public AtLimits() {
        this(System::currentTimeMillis);
    }

    public AtLimits(LongSupplier clock) {
        this.clock = clock;
    }

    /** Counts one request; false when the hour's count had already reached {@code threshold} (then not counted). */
    public synchronized boolean count(int threshold) {
        long now = clock.getAsLong();
        prune(now);
        if (requests.size() >= threshold) {
            return false;
        }
        requests.addLast(now);
        return true;
    }

    public synchronized int requestsThisHour() {
        prune(clock.getAsLong());
        return requests.size();
    }

    private void prune(long now) {
        while (!requests.isEmpty() && requests.peekFirst() <= now - HOUR_MS) {
            requests.removeFirst();
        }
    }

    /** Takes one of {@code limit} slots of an endpoint; false (nothing taken) when all are in use. */
    public boolean acquire(String integrationCode, String endpoint, int limit) {
        AtomicInteger n = inFlight.computeIfAbsent(key(integrationCode, endpoint), k -> new AtomicInteger());
        while (true) {
            int current = n.get();
            if (current >= limit) {
                return false;
            }
            if (n.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    public void release(String integrationCode, String endpoint) {
        AtomicInteger n = inFlight.get(key(integrationCode, endpoint));
        if (n != null) {
            n.updateAndGet(v -> Math.max(0, v - 1));
        }
    }

    private static String key(String integrationCode, String endpoint) {
        return integrationCode + "|" + endpoint.toLowerCase(Locale.ROOT);
    }

    public synchronized void reset() {
        requests.clear();
        inFlight.clear();
    }
}
