package dev.portico.psa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts every HTTP call the connector makes to the PSA, in total, per user and per unit of work
 * (the portal opens one per HTTP request). The PSA's API budget is spent call by call, so this is
 * the number the benchmarks and the dashboard budget are held to.
 *
 * <p>The current unit lives in a thread-local; work handed to other threads must go through
 * {@link #propagating(Executor)} or {@link #propagate(Supplier)} so its calls are still counted.
 */
@ApplicationScoped
public class PsaCallMeter {

    /** Told about every call, e.g. to feed MicroProfile Metrics. */
    @FunctionalInterface
    public interface CallListener {
        void onCall(String user, String operation);
    }

    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    private final LongAdder total = new LongAdder();
    private final ConcurrentMap<String, LongAdder> byUser = new ConcurrentHashMap<>();
    private final List<CallListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Starts a unit of work on this thread; close it (try-with-resources) when the request ends.
     *
     * @param user a stable, non-personal key such as the contact id; {@code null} for anonymous work
     */
    public Unit open(String user) {
        Unit unit = new Unit(this, user, current.get());
        current.set(unit);
        return unit;
    }

    /** The unit of work active on this thread, or {@code null}. */
    public Unit current() {
        return current.get();
    }

    /** Records one call to the PSA (called by the adapters for every HTTP attempt, retries included). */
    public void record(String operation) {
        total.increment();
        Unit unit = current.get();
        String user = unit == null ? null : unit.user;
        if (unit != null) {
            unit.add(operation);
        }
        if (user != null) {
            byUser.computeIfAbsent(user, u -> new LongAdder()).increment();
        }
        for (CallListener listener : listeners) {
            listener.onCall(user, operation);
        }
    }

    public long total() {
        return total.sum();
    }

    public long totalFor(String user) {
        LongAdder adder = byUser.get(user);
        return adder == null ? 0 : adder.sum();
    }

    public Map<String, Long> totalsByUser() {
        Map<String, Long> copy = new TreeMap<>();
        byUser.forEach((user, adder) -> copy.put(user, adder.sum()));
        return copy;
    }

    public void addListener(CallListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Wraps an executor so each task runs inside the unit of work that was current when it was submitted. */
    public Executor propagating(Executor delegate) {
        Objects.requireNonNull(delegate);
        return task -> delegate.execute(propagate(task));
    }

    public Runnable propagate(Runnable task) {
        Unit captured = current.get();
        return () -> {
            Unit previous = current.get();
            current.set(captured);
            try {
                task.run();
            } finally {
                restore(previous);
            }
        };
    }

    public <T> Supplier<T> propagate(Supplier<T> task) {
        Unit captured = current.get();
        return () -> {
            Unit previous = current.get();
            current.set(captured);
            try {
                return task.get();
            } finally {
                restore(previous);
            }
        };
    }

    public <T> Callable<T> propagate(Callable<T> task) {
        Unit captured = current.get();
        return () -> {
            Unit previous = current.get();
            current.set(captured);
            try {
                return task.call();
            } finally {
                restore(previous);
            }
        };
    }

    private void restore(Unit previous) {
        if (previous == null) {
            current.remove();
        } else {
            current.set(previous);
        }
    }

    /** The PSA calls of one unit of work; safe to read while fan-out threads still add to it. */
    public static final class Unit implements AutoCloseable {

        private final PsaCallMeter meter;
        private final String user;
        private final Unit previous;
        private final LongAdder calls = new LongAdder();
        private final ConcurrentMap<String, LongAdder> operations = new ConcurrentHashMap<>();

        private Unit(PsaCallMeter meter, String user, Unit previous) {
            this.meter = meter;
            this.user = user;
            this.previous = previous;
        }

        private void add(String operation) {
            calls.increment();
            operations.computeIfAbsent(operation, o -> new LongAdder()).increment();
        }

        public String user() {
            return user;
        }

        public long calls() {
            return calls.sum();
        }

        /** Calls per operation such as {@code GET /service/tickets/count}, for the FINE page log. */
        public Map<String, Long> operations() {
            Map<String, Long> copy = new TreeMap<>();
            operations.forEach((op, adder) -> copy.put(op, adder.sum()));
            return copy;
        }

        @Override
        public void close() {
            if (meter.current.get() == this) {
                meter.restore(previous);
            }
        }

        @Override
        public String toString() {
            return "PSA calls " + calls() + " " + operations();
        }
    }
}
