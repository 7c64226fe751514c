package dev.portico.e2e.connector;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;

/** Waits for a condition, checking it every {@code pause}, and fails the test after {@code atMost}. */
final class Poll {

    private Poll() {
    }

    static void until(Duration atMost, Duration pause, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                Assertions.fail("Timed out after " + atMost.toMillis() + " ms waiting for " + what);
            }
            LockSupport.parkNanos(pause.toNanos());
        }
    }
}
