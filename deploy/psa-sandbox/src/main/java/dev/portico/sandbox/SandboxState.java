package dev.portico.sandbox;

import dev.portico.sandbox.seed.Seeder;
import dev.portico.sandbox.store.SandboxData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Holds the live sandbox data. It is seeded when the application starts (not on the first request, so the first
 * call is as fast as the others) and can be re-seeded through the admin API between test runs.
 */
@ApplicationScoped
public class SandboxState {

    private static final Logger LOG = Logger.getLogger(SandboxState.class.getName());

    private volatile SandboxData data;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        current();
    }

    public SandboxData current() {
        SandboxData d = data;
        if (d == null) {
            synchronized (this) {
                if (data == null) {
                    reseed();
                }
                d = data;
            }
        }
        return d;
    }

    /** Replaces all data with a fresh seed for today's date (UTC); calls in flight finish on the old data. */
    public synchronized SandboxData reseed() {
        long start = System.nanoTime();
        SandboxData fresh = Seeder.seed(LocalDate.now(ZoneOffset.UTC));
        data = fresh;
        LOG.info(() -> String.format("PSA sandbox seeded in %d ms: %d tickets, %d notes, %d contacts",
                (System.nanoTime() - start) / 1_000_000, fresh.tickets.size(), fresh.serviceNotes.size(),
                fresh.contacts.size()));
        return fresh;
    }
}
