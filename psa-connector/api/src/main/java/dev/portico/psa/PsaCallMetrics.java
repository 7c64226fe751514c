package dev.portico.psa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes the {@link PsaCallMeter} as MicroProfile Metrics counters {@code psa.calls} and
 * {@code psa.calls.by.user} (tag {@code user}). Only active in a container with MP Metrics.
 */
@ApplicationScoped
public class PsaCallMetrics {

    static final String TOTAL = "psa.calls";
    static final String BY_USER = "psa.calls.by.user";

    @Inject
    MetricRegistry registry;

    @Inject
    PsaCallMeter meter;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        meter.addListener(this::count);
    }

    void count(String user, String operation) {
        registry.counter(TOTAL).inc();
        if (user != null) {
            registry.counter(BY_USER, new Tag("user", user)).inc();
        }
    }
}
